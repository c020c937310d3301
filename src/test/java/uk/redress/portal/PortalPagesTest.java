package uk.redress.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;

/**
 * A resident makes a complaint online, follows it from the link and acts on it, in a browser without JavaScript
 * (plain form posts with the CSRF token); and every kind of bad input or abuse is refused with nothing stored.
 */
class PortalPagesTest extends RedressSpringTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final Pattern FOLLOW = Pattern.compile("href=\"(/complain/follow/[A-Za-z0-9_-]{43})\"");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    uk.redress.notification.CorrespondenceRepository correspondence;

    @Autowired
    uk.redress.deadline.DeadlineRepository deadlines;

    /** Each test its own client address, so the per-address limits of one never touch another. */
    private Resident resident() {
        return new Resident(http, "10.77.0." + ADDRESSES.getAndIncrement());
    }

    static Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>();
        answers.put("serviceArea", "Bin collections");
        answers.put("careType", "SERVICE");
        answers.put("summary", "My <b>green bin</b> has been missed three weeks running.");
        answers.put("eventDay", "20");
        answers.put("eventMonth", "11");
        answers.put("eventYear", "2026");
        answers.put("outcomeSought", "Collect it and make sure it does not happen again");
        answers.put("name", "Robin Resident");
        answers.put("email", "robin.resident@example.org");
        answers.put("preferredContact", "EMAIL");
        answers.put("letterFormat", "LARGE_PRINT");
        answers.put("website", "");
        return answers;
    }

    /** Makes a complaint through the pages; returns the follow link. */
    private String complain(Resident resident, String council, Map<String, String> answers) {
        assertThat(resident.get("/complain/" + council).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> answered = resident.post("/complain/" + council, answers);
        assertThat(answered.getStatusCode().value()).as(String.valueOf(answered.getBody())).isEqualTo(302);
        ResponseEntity<String> check = resident.get("/complain/" + council + "/check");
        assertThat(check.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> sent = resident.post("/complain/" + council + "/check", Map.of());
        assertThat(sent.getStatusCode().value()).isEqualTo(302);
        ResponseEntity<String> made = resident.get("/complain/" + council + "/made");
        assertThat(made.getStatusCode().value()).isEqualTo(200);
        Matcher link = FOLLOW.matcher(made.getBody());
        assertThat(link.find()).as(made.getBody()).isTrue();
        return link.group(1);
    }

    private Complaint latest() {
        return complaints.findAll().stream().max(java.util.Comparator.comparing(Complaint::getId)).orElseThrow();
    }

    @Test
    void aResidentComplainsOnline_andItLandsInTheCouncilsProcedure() {
        Resident resident = resident();
        ResponseEntity<String> councils = resident.get("/complain");
        assertThat(councils.getBody()).contains("Harborough District Council").contains("Warwickshire County Council");
        assertThat(councils.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self';")
                .doesNotContain("unsafe-inline");

        resident.get("/complain/harborough");
        resident.post("/complain/harborough", answers());
        ResponseEntity<String> check = resident.get("/complain/harborough/check");
        assertThat(check.getBody()).contains("&lt;b&gt;green bin&lt;/b&gt;").doesNotContain("<b>green bin</b>")
                .contains("Large print");
        resident.post("/complain/harborough/check", Map.of());
        ResponseEntity<String> made = resident.get("/complain/harborough/made");

        Complaint complaint = latest();
        assertThat(complaint.getChannel()).isEqualTo(Channel.ONLINE_FORM);
        assertThat(complaint.getProcedure()).isEqualTo("harborough-corporate");
        assertThat(made.getBody()).contains(complaint.getReference()).contains("We aim to resolve it by");
        assertThat(processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(complaint.getReference()).count()).isOne();
        assertThat(made.getBody()).doesNotContain("robin.resident@example.org");
    }

    @Test
    void socialCareAnswers_routeToTheStatutoryProcedures() {
        Map<String, String> adults = answers();
        adults.put("careType", "STATUTORY_ADULT_SOCIAL_CARE");
        complain(resident(), "warwickshire", adults);
        assertThat(latest().getProcedure()).isEqualTo("warwickshire-adult-social-care");
        Map<String, String> children = answers();
        children.put("careType", "STATUTORY_CHILDRENS_SOCIAL_CARE");
        complain(resident(), "warwickshire", children);
        assertThat(latest().getProcedure()).isEqualTo("warwickshire-childrens-statutory");
        complain(resident(), "warwickshire", answers());
        assertThat(latest().getProcedure()).isEqualTo("warwickshire-general");
    }

    @Test
    void theLinkOpensTheStatusPage_andTheResidentAsksForTheNextStage() {
        Resident resident = resident();
        String follow = complain(resident, "harborough", answers());
        Complaint complaint = latest();

        // the acknowledgement email carries the same link
        assertThat(correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(complaint.getReference()).stream()
                .filter(row -> row.getLetter().equals("acknowledgement")).findFirst().orElseThrow().getBody())
                .contains("http://localhost:8080" + follow);

        Resident later = resident();
        ResponseEntity<String> followed = later.get(follow);
        assertThat(followed.getStatusCode().value()).isEqualTo(302);
        assertThat(followed.getHeaders().getLocation().getPath()).isEqualTo("/complain/your-complaint");
        ResponseEntity<String> status = later.get("/complain/your-complaint");
        assertThat(status.getBody()).contains(complaint.getReference()).contains("Being resolved informally")
                .doesNotContain("Ask for your complaint to be looked at again");

        Task informal = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(complaint.getReference()).singleResult();
        processEngine.getTaskService().complete(informal.getId(), Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Bin collected", "responseText", "We collected your bin."));
        status = later.get("/complain/your-complaint");
        assertThat(status.getBody()).contains("Ask for your complaint to be looked at again");

        assertThat(later.post("/complain/your-complaint/escalate", Map.of("reasons", "")).getStatusCode().value())
                .isEqualTo(400);
        ResponseEntity<String> escalated = later.post("/complain/your-complaint/escalate",
                Map.of("reasons", "It was missed again the next week"));
        assertThat(escalated.getStatusCode().value()).isEqualTo(302);
        assertThat(complaints.findByReference(complaint.getReference()).orElseThrow().getStage()).isEqualTo("stage1");
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName("escalationReasons").list()).extracting(v -> v.getValue())
                .contains("It was missed again the next week");
    }

    @Test
    void aResidentSendsTheInformationAskedFor_andTheStoppedClockRestarts() {
        // Harborough stops the clock while it waits for information (9.27): informal, then stage 1
        Resident resident = resident();
        String follow = complain(resident, "harborough", answers());
        Complaint complaint = latest();
        completeIfOpen(complaint, "Task_ResolveInformally", Map.of("informalOutcome", "notResolved",
                "informalActionsSummary", "Could not resolve it on the day"));
        completeIfOpen(complaint, "Task_ForwardWithSummary", Map.of("informalActionsSummary", "Passed on"));
        completeIfOpen(complaint, "Task_LogFormalComplaint", Map.of("stage1Route", "serviceManager"));
        completeIfOpen(complaint, "Task_Respond", Map.of("responseAction", "requestInformation",
                "informationRequested", "Photographs of the missed bins"));
        assertThat(deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(complaint.getReference(),
                java.util.EnumSet.of(uk.redress.deadline.DeadlineState.PAUSED))).as("clock stopped").isNotEmpty();

        resident.get(follow);
        ResponseEntity<String> status = resident.get("/complain/your-complaint");
        assertThat(status.getBody()).contains("Photographs of the missed bins").contains("Paused");
        assertThat(resident.post("/complain/your-complaint/information", Map.of("information", ""))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(resident.post("/complain/your-complaint/information",
                Map.of("information", "Photos are on the way by post")).getStatusCode().value()).isEqualTo(302);

        assertThat(deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(complaint.getReference(),
                java.util.EnumSet.of(uk.redress.deadline.DeadlineState.PAUSED))).as("clock running again").isEmpty();
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKey("Task_Respond").count()).isOne();
        assertThat(resident.post("/complain/your-complaint/information", Map.of("information", "again"))
                .getStatusCode().value()).as("nothing asked for now").isEqualTo(409);
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Test
    void documentsSentWithTheComplaint_areKeptWithIt_forItsTeamOnly() {
        Resident resident = resident();
        resident.get("/complain/harborough");
        ResponseEntity<String> answered = resident.postWithFiles("/complain/harborough", answers(),
                java.util.Map.of("letter.pdf", PDF, "../../bin photo.png", PNG));
        assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(302);
        assertThat(resident.get("/complain/harborough/check").getBody()).contains("letter.pdf").contains("bin photo.png").doesNotContain("../");
        resident.post("/complain/harborough/check", Map.of());
        Complaint complaint = latest();

        org.springframework.http.HttpHeaders staff = new org.springframework.http.HttpHeaders();
        staff.setBasicAuth("harborough-complaints-officers", "harborough-complaints-officers");
        ResponseEntity<com.fasterxml.jackson.databind.JsonNode> listed = http.exchange("/api/complaints/"
                + complaint.getReference() + "/documents", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(staff), com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(listed.getBody()).hasSize(2);
        assertThat(listed.getBody().findValuesAsText("fileName")).contains("letter.pdf", "bin photo.png");
        String id = listed.getBody().get(0).get("id").asText();
        ResponseEntity<byte[]> download = http.exchange("/api/complaints/" + complaint.getReference() + "/documents/" + id,
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(staff), byte[].class);
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();

        org.springframework.http.HttpHeaders auditor = new org.springframework.http.HttpHeaders();
        auditor.setBasicAuth("auditors", "auditors");
        assertThat(http.exchange("/api/complaints/" + complaint.getReference() + "/documents",
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(auditor), String.class)
                .getStatusCode().value()).as("auditors read every complaint").isEqualTo(200);
        assertThat(http.getForEntity("/api/complaints/" + complaint.getReference() + "/documents/" + id, String.class)
                .getStatusCode().value()).as("nobody signed in").isEqualTo(401);
        org.springframework.http.HttpHeaders stranger = new org.springframework.http.HttpHeaders();
        stranger.setBasicAuth("warwickshire-service-officers", "warwickshire-service-officers");
        assertThat(http.exchange("/api/complaints/" + complaint.getReference() + "/documents/" + id,
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(stranger), String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void documentsThatAreNotWhatTheySay_orTooMany_areRefused() {
        Resident resident = resident();
        resident.get("/complain/harborough");
        long before = complaints.count();
        ResponseEntity<String> program = resident.postWithFiles("/complain/harborough", answers(),
                java.util.Map.of("invoice.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}));
        assertThat(program.getStatusCode().value()).isEqualTo(400);
        assertThat(program.getBody()).contains("href=\"#attachments\"").contains("invoice.pdf");
        java.util.Map<String, byte[]> six = new java.util.HashMap<>();
        for (int i = 1; i <= 6; i++) {
            six.put("page" + i + ".pdf", PDF);
        }
        ResponseEntity<String> tooMany = resident.postWithFiles("/complain/harborough", answers(), six);
        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(tooMany.getBody()).contains("Choose up to 5 files");
        assertThat(complaints.count()).isEqualTo(before);
    }

    private void completeIfOpen(Complaint complaint, String step, Map<String, Object> variables) {
        processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKey(step).list().forEach(task -> processEngine.getTaskService().complete(task.getId(), variables));
    }

    @Test
    void aResidentWithdrawsOnline() {
        Resident resident = resident();
        String follow = complain(resident, "harborough", answers());
        Complaint complaint = latest();
        resident.get(follow);
        resident.get("/complain/your-complaint");
        assertThat(resident.post("/complain/your-complaint/withdraw", Map.of()).getStatusCode().value())
                .as("not confirmed").isEqualTo(400);
        ResponseEntity<String> withdrawn = resident.post("/complain/your-complaint/withdraw",
                Map.of("confirm", "yes", "note", "Sorted out with the crew"));
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(302);
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName("withdrawnBy").list()).extracting(v -> v.getValue()).contains("ONLINE");
        assertThat(complaints.findByReference(complaint.getReference())).isPresent();
    }

    @Test
    void unknownMistypedAndMissingLinks_allGetTheSamePage() {
        Resident resident = resident();
        ResponseEntity<String> unknown = resident.get("/complain/follow/" + "A".repeat(43));
        ResponseEntity<String> malformed = resident.get("/complain/follow/HDC-2026-000001");
        ResponseEntity<String> none = resident.get("/complain/your-complaint");
        assertThat(List.of(unknown, malformed, none)).allSatisfy(page -> {
            assertThat(page.getStatusCode().value()).isEqualTo(404);
            assertThat(page.getBody()).contains("This link does not work");
        });
        assertThat(unknown.getBody()).isEqualTo(malformed.getBody());
        assertThat(resident.get("/complain/no-such-council").getStatusCode().value()).isEqualTo(404);
        assertThat(resident.get("/complain/common").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aFormPostWithoutItsCsrfToken_isRefused() {
        Resident resident = resident();
        resident.get("/complain/harborough");
        long before = complaints.count();
        assertThat(resident.post("/complain/harborough", answers(), false).getStatusCode().value()).isEqualTo(403);
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void tooManyAttemptsFromOneAddress_mustWait() {
        Resident resident = resident();
        resident.get("/complain/harborough");
        Map<String, String> empty = Map.of("serviceArea", "");
        int refused = 0;
        for (int attempt = 0; attempt < 31; attempt++) {
            int status = resident.post("/complain/harborough", empty).getStatusCode().value();
            if (status == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(1);
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                bad("serviceArea", a -> a.remove("serviceArea")),
                bad("serviceArea", a -> a.put("serviceArea", "   ")),
                bad("serviceArea", a -> a.put("serviceArea", "s".repeat(201))),
                bad("serviceArea", a -> a.put("serviceArea", "Bins\u0000")),
                bad("careType", a -> a.remove("careType")),
                bad("careType", a -> a.put("careType", "STAFF_EMPLOYMENT")),
                bad("careType", a -> a.put("careType", "<script>alert(1)</script>")),
                bad("summary", a -> a.remove("summary")),
                bad("summary", a -> a.put("summary", "")),
                bad("summary", a -> a.put("summary", "x".repeat(10_001))),
                bad("summary", a -> a.put("summary", "hidden \u202E text")),
                bad("summary", a -> a.put("summary", "bell \u0007")),
                bad("eventDay", a -> a.put("eventDay", "31")),
                bad("eventDay", a -> a.put("eventMonth", "13")),
                bad("eventDay", a -> a.put("eventYear", "2999")),
                bad("eventDay", a -> a.put("eventYear", "twenty")),
                bad("eventDay", a -> a.remove("eventMonth")),
                bad("outcomeSought", a -> a.put("outcomeSought", "o".repeat(5001))),
                bad("name", a -> a.remove("name")),
                bad("name", a -> a.put("name", "n".repeat(201))),
                bad("name", a -> a.put("name", "Robin\nResident")),
                bad("email", a -> a.put("email", "not-an-email")),
                bad("email", a -> { a.remove("email"); a.remove("phone"); a.remove("address"); }),
                bad("phone", a -> a.put("phone", "call me; DROP TABLE complaint")),
                bad("address", a -> a.put("address", "a".repeat(1001))),
                bad("preferredContact", a -> a.put("preferredContact", "PIGEON")),
                bad("letterFormat", a -> a.put("letterFormat", "SKYWRITING")),
                bad("otherAdjustments", a -> a.put("otherAdjustments", "z".repeat(1001))),
                bad("representativeRole", a -> a.put("representativeRole", "KING")),
                bad("representativeName", a -> a.put("representativeRole", "MP")),
                bad("representativeEmail", a -> { a.put("representativeRole", "MP");
                    a.put("representativeName", "A Member"); a.put("representativeEmail", "@@"); }));
    }

    private static Arguments bad(String question, Consumer<Map<String, String>> change) {
        return Arguments.of(question, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void badAnswers_areShownBesideTheirQuestion_andNothingIsStored(String question, Consumer<Map<String, String>> change) {
        Resident resident = resident();
        resident.get("/complain/harborough");
        Map<String, String> answers = answers();
        change.accept(answers);
        long before = complaints.count();

        ResponseEntity<String> page = resident.post("/complain/harborough", answers);

        assertThat(page.getStatusCode().value()).isEqualTo(400);
        assertThat(page.getBody()).contains("There is a problem").contains("href=\"#" + question + "\"");
        assertThat(page.getBody()).doesNotContain("<script>alert(1)</script>");
        assertThat(resident.get("/complain/harborough/check").getStatusCode().value())
                .as("nothing to check: sent back to the form").isEqualTo(302);
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void aRobotThatFillsInTheHiddenField_storesNothing() {
        Resident robot = resident();
        robot.get("/complain/harborough");
        Map<String, String> answers = answers();
        answers.put("website", "http://spam.example");
        long before = complaints.count();
        assertThat(robot.post("/complain/harborough", answers).getStatusCode().value()).isEqualTo(400);
        assertThat(robot.get("/complain/harborough/check").getStatusCode().value()).isEqualTo(302);
        assertThat(complaints.count()).isEqualTo(before);
    }
}
