package uk.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/** The intake and status contract of DESIGN.md, through real HTTP with HTTP Basic sign-in. */
class ComplaintApiTest extends RedressSpringTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    IdentityService identityService;

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    private ObjectNode validComplaint() {
        ObjectNode body = json.createObjectNode();
        body.put("procedure", "harborough-corporate");
        body.put("receivedOn", "2026-11-20");
        body.put("channel", "EMAIL");
        ObjectNode who = body.putObject("complainant");
        who.put("name", "Sam Resident");
        who.put("email", "sam@example.org");
        who.put("phone", "+44 1858 821100");
        who.put("address", "The Square, Market Harborough");
        who.put("anonymous", false);
        body.put("serviceArea", "Waste and recycling");
        body.put("summary", "Missed collections on three weeks.\nNobody called back.");
        body.put("outcomeSought", "Collections restored");
        body.put("eventDate", "2026-11-02");
        return body;
    }

    private ResponseEntity<JsonNode> post(String user, Object body) {
        return exchange(user, HttpMethod.POST, "/api/complaints", body, MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String url, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        if (type != null) {
            headers.setContentType(type);
        }
        Object payload = body instanceof JsonNode node ? node.toString() : body;
        return http.exchange(url, method, new HttpEntity<>(payload, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String user, String url) {
        return exchange(user, HttpMethod.GET, url, null, null);
    }

    @BeforeEach
    void outsider() {
        if (identityService.createUserQuery().userId("outsider").count() == 0) {
            User user = identityService.newUser("outsider");
            user.setPassword("outsider");
            identityService.saveUser(user);
        }
    }

    @Test
    void intake_createsTheComplaintAndItsProcess_andStatusShowsTheOpenClocks() {
        ResponseEntity<JsonNode> created = post("demo", validComplaint());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = created.getBody().get("reference").asText();
        assertThat(reference).matches("HDC-2026-\\d{6}");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/complaints/" + reference);
        assertThat(created.getBody().get("processInstanceId").asText()).isNotBlank();
        assertThat(created.getBody().get("stage").asText()).isEqualTo("informal");

        ResponseEntity<JsonNode> status = get("demo", "/api/complaints/" + reference);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = status.getBody();
        assertThat(view.get("reference").asText()).isEqualTo(reference);
        assertThat(view.get("procedure").asText()).isEqualTo("harborough-corporate");
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("receivedOn").asText()).isEqualTo("2026-11-20");
        assertThat(view.get("deadlines")).hasSize(1);
        assertThat(view.get("deadlines").get(0).get("name").asText()).isEqualTo("informal-response");
        // Fri 20 Nov 2026 + 5 working days
        assertThat(view.get("deadlines").get(0).get("dueOn").asText()).isEqualTo("2026-11-27");
        // the task a member of staff works carries the same due date
        JsonNode tasks = get("demo", "/engine-rest/task?processInstanceId="
                + created.getBody().get("processInstanceId").asText()).getBody();
        assertThat(tasks.get(0).get("due").asText()).startsWith("2026-11-27T23:59:59");
    }

    @Test
    void staffBehaviourComplaint_opensTheInformalClock_informalResolutionFirst() {
        // Harborough 9.11: logged by the Information and Complaints Officer, informal resolution sought first
        ObjectNode body = validComplaint();
        body.put("aboutStaffBehaviour", true);
        String reference = post("demo", body).getBody().get("reference").asText();

        JsonNode view = get("demo", "/api/complaints/" + reference).getBody();
        assertThat(view.get("stage").asText()).isEqualTo("informal");
        assertThat(view.get("deadlines").get(0).get("name").asText()).isEqualTo("informal-response");
        assertThat(view.get("deadlines").get(0).get("dueOn").asText()).isEqualTo("2026-11-27");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "leicestershire-corporate           | stage1   | acknowledgement=2026-11-25",
            "county-corporate-two-stage         | stage1   | acknowledgement=2026-11-25,stage1-response=2026-12-04,early-resolution=2026-11-23",
            "harborough-corporate               | informal | informal-response=2026-11-27",
            "leicestershire-childrens-statutory | stage1   | stage1-response=2026-12-04,suitability-decision=2026-11-27",
            "warwickshire-general               | stage1   | stage1-response=2026-12-04",
            "warwickshire-adult-social-care     | stage1   | stage1-response=2026-12-04",
            "warwickshire-childrens-statutory   | stage1   | stage1-response=2026-12-04"})
    void everyProcedure_opensTheClocksOfPROCEDURES_md_atIntake(String procedure, String stage, String clocks) {
        ObjectNode body = validComplaint();
        body.put("procedure", procedure);
        ResponseEntity<JsonNode> created = post("demo", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("stage").asText()).isEqualTo(stage);

        JsonNode view = get("demo", created.getHeaders().getLocation().toString()).getBody();
        java.util.Set<String> open = new java.util.HashSet<>();
        view.get("deadlines").forEach(d -> open.add(d.get("name").asText() + "=" + d.get("dueOn").asText()));
        assertThat(open).containsExactlyInAnyOrder(clocks.split(","));
    }

    @Test
    void ombudsmanEnquiry_isRecordedAgainstTheComplaint() {
        String reference = post("demo", validComplaint()).getBody().get("reference").asText();
        String url = "/api/complaints/" + reference + "/ombudsman-enquiries";

        ResponseEntity<JsonNode> created = exchange("harborough-complaints-officers", HttpMethod.POST, url,
                Map.of("receivedOn", "2026-11-25", "ombudsmanReference", "26 001 234", "replyDueOn", "2026-12-23"),
                MediaType.APPLICATION_JSON);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode view = get("demo", "/api/complaints/" + reference).getBody();
        assertThat(view.get("stage").asText()).isEqualTo("ombudsman");
        assertThat(view.get("deadlines").findValuesAsText("name")).contains("ombudsman-reply");

        assertThat(exchange("demo", HttpMethod.POST, url, Map.of("receivedOn", "2026-11-25",
                "ombudsmanReference", "26 001 234", "replyDueOn", "2026-12-23"), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> bad = exchange("demo", HttpMethod.POST, url,
                Map.of("receivedOn", "soon", "ombudsmanReference", "<script>", "replyDueOn", "2026-12-23"),
                MediaType.APPLICATION_JSON);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("outsider", HttpMethod.POST, url, Map.of("receivedOn", "2026-11-25",
                "ombudsmanReference", "1", "replyDueOn", "2026-12-23"), MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void withdrawal_suspension_andResumption_throughTheApi() {
        String harborough = "/api/complaints/" + post("demo", validComplaint()).getBody().get("reference").asText();
        assertThat(exchange("demo", HttpMethod.POST, harborough + "/suspension",
                Map.of("because", "COURT_OR_TRIBUNAL", "decidedBy", "Service Manager"), MediaType.APPLICATION_JSON)
                .getStatusCode()).as("Harborough does not suspend").isEqualTo(HttpStatus.CONFLICT);
        assertThat(exchange("demo", HttpMethod.POST, harborough + "/withdrawal",
                Map.of("withdrawnOn", "tomorrow", "how", "PHONE"), MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("demo", HttpMethod.POST, harborough + "/withdrawal",
                Map.of("withdrawnOn", "2026-11-21", "how", "PHONE"), MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("demo", harborough).getBody().get("deadlines")).isEmpty();

        ObjectNode body = validComplaint();
        body.put("procedure", "warwickshire-general");
        String warwickshire = "/api/complaints/" + post("demo", body).getBody().get("reference").asText();
        assertThat(exchange("demo", HttpMethod.POST, warwickshire + "/suspension",
                Map.of("because", "SAFEGUARDING", "decidedBy", "Service Manager"), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode suspended = get("demo", warwickshire).getBody();
        assertThat(suspended.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("deadlines").get(0).get("paused").asBoolean()).isTrue();
        assertThat(exchange("demo", HttpMethod.POST, warwickshire + "/suspension",
                Map.of("because", "ALIENS", "decidedBy", "x"), MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // a call without a body still says it speaks JSON: a cross-site form could not (README "Security")
        assertThat(exchange("demo", HttpMethod.POST, warwickshire + "/resumption", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(exchange("demo", HttpMethod.POST, warwickshire + "/resumption", null, MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("demo", warwickshire).getBody().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void suspensionAndResumption_onlyByTheProceduresServiceManagers_andOnlyForTheReasonsItLists() {
        // seed 004 section 6 and "Roles and Responsibilities": a Service Manager suspends and resumes, for child
        // protection, safeguarding, court, grievance, disciplinary or criminal proceedings (not an insurance claim)
        ObjectNode body = validComplaint();
        body.put("procedure", "warwickshire-general");
        String warwickshire = "/api/complaints/" + post("demo", body).getBody().get("reference").asText();
        Map<String, String> safeguarding = Map.of("because", "SAFEGUARDING", "decidedBy", "Jo Manager");
        assertThat(exchange("warwickshire-service-officers", HttpMethod.POST, warwickshire + "/suspension",
                safeguarding, MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("warwickshire-service-managers", HttpMethod.POST, warwickshire + "/suspension",
                Map.of("because", "INSURANCE_CLAIM", "decidedBy", "Jo Manager"), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get("demo", warwickshire).getBody().get("status").asText()).isEqualTo("OPEN");
        assertThat(exchange("warwickshire-service-managers", HttpMethod.POST, warwickshire + "/suspension",
                safeguarding, MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(exchange("warwickshire-customer-relations", HttpMethod.POST, warwickshire + "/resumption", null,
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("warwickshire-service-managers", HttpMethod.POST, warwickshire + "/resumption", null,
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("demo", warwickshire).getBody().get("status").asText()).isEqualTo("OPEN");
        // section 9: re-opening is authorised by a manager too
        assertThat(exchange("warwickshire-customer-relations", HttpMethod.POST, warwickshire + "/reopening",
                Map.of("authorisedBy", "Someone", "reason", "Asked to"), MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRepresentative_isRecordedAtIntake_andABadOneRefused() {
        ObjectNode body = validComplaint();
        body.putObject("representative").put("name", "Cllr Sam Ward").put("role", "COUNCILLOR")
                .put("email", "cllr.ward@example.org");
        assertThat(post("demo", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        body.putObject("representative").put("name", "").put("email", "not an address");
        ResponseEntity<JsonNode> refused = post("demo", body);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("representative.name").contains("representative.email");
    }

    @Test
    void anonymousComplaint_needsNoName() {
        ObjectNode body = validComplaint();
        ObjectNode who = body.putObject("complainant");
        who.put("anonymous", true);
        assertThat(post("demo", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void roleUserOfTheProcedure_canRecordAndRead() {
        ResponseEntity<JsonNode> created = post("harborough-complaints-officers", validComplaint());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(get("harborough-directors", created.getHeaders().getLocation().toString()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void staffOfNoProcedure_cannotRecordAndSeeNothing() {
        long before = complaints.count();
        ResponseEntity<JsonNode> refused = post("outsider", validComplaint());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complaints.count()).isEqualTo(before);

        String reference = post("demo", validComplaint()).getBody().get("reference").asText();
        assertThat(get("outsider", "/api/complaints/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unauthenticated_is401WithAProblem() {
        ResponseEntity<JsonNode> response = post(null, validComplaint());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        // a user of its own: the engine locks a user out for a while after a wrong password
        HttpHeaders wrongPassword = new HttpHeaders();
        wrongPassword.setBasicAuth("outsider", "not-the-password");
        assertThat(http.exchange("/api/complaints/HDC-2026-000001", HttpMethod.GET, new HttpEntity<>(wrongPassword),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, "/api/calendar/working-days?from=2025-12-19&add=5").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownReference_is404() {
        ResponseEntity<JsonNode> response = get("demo", "/api/complaints/HDC-1999-999999");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    static List<Object[]> invalidComplaints() {
        return List.<Object[]>of(
                invalid("procedure", b -> b.remove("procedure")),
                invalid("procedure", b -> b.put("procedure", "no-such-procedure")),
                invalid("procedure", b -> b.put("procedure", "")),
                invalid("receivedOn", b -> b.remove("receivedOn")),
                invalid("receivedOn", b -> b.put("receivedOn", "23/12/2026")),
                invalid("receivedOn", b -> b.put("receivedOn", "2026-02-30")),
                invalid("receivedOn", b -> b.put("receivedOn", LocalDate.now().plusDays(2).toString())),
                invalid("receivedOn", b -> b.put("receivedOn", "1899-01-01")),
                invalid("channel", b -> b.remove("channel")),
                invalid("channel", b -> b.put("channel", "CARRIER_PIGEON")),
                invalid("complainant", b -> b.remove("complainant")),
                invalid("complainant.name", b -> ((ObjectNode) b.get("complainant")).remove("name")),
                invalid("complainant.name", b -> ((ObjectNode) b.get("complainant")).put("name", "x".repeat(201))),
                invalid("complainant.name", b -> ((ObjectNode) b.get("complainant")).put("name", "Sam\u0000Resident")),
                invalid("complainant.email", b -> ((ObjectNode) b.get("complainant")).put("email", "not-an-email")),
                invalid("complainant.phone", b -> ((ObjectNode) b.get("complainant")).put("phone", "call me maybe")),
                invalid("complainant.anonymous", b -> ((ObjectNode) b.get("complainant")).put("anonymous", "perhaps")),
                invalid("serviceArea", b -> b.remove("serviceArea")),
                invalid("serviceArea", b -> b.put("serviceArea", "   ")),
                invalid("serviceArea", b -> b.put("serviceArea", "Waste\nand recycling")),
                invalid("summary", b -> b.remove("summary")),
                invalid("summary", b -> b.put("summary", "y".repeat(10001))),
                invalid("summary", b -> b.put("summary", "bell \u0007 in text")),
                invalid("outcomeSought", b -> b.put("outcomeSought", "z".repeat(5001))),
                invalid("eventDate", b -> b.put("eventDate", "2026-11-21")),
                invalid("eventDate", b -> b.put("eventDate", "yesterday")),
                invalid("aboutStaffBehaviour", b -> b.put("aboutStaffBehaviour", "very")),
                invalid("nickname", b -> b.put("nickname", "unknown field")),
                invalid("procedure", b -> b.put("procedure", "harborough-corporate' OR '1'='1")),
                invalid("procedure", b -> b.put("procedure", "<script>alert(1)</script>")),
                invalid("procedure", b -> b.put("procedure", 42)),
                invalid("procedure", b -> b.put("procedure", "x".repeat(101))),
                invalid("receivedOn", b -> b.put("receivedOn", 20261120)),
                invalid("receivedOn", b -> b.put("receivedOn", "2026-11-20T10:00:00")),
                invalid("receivedOn", b -> b.put("receivedOn", "'; DROP TABLE complaint; --")),
                invalid("channel", b -> b.put("channel", "email")),
                invalid("channel", b -> b.putArray("channel").add("EMAIL")),
                invalid("complainant", b -> b.put("complainant", "Sam Resident")),
                invalid("complainant.name", b -> ((ObjectNode) b.get("complainant")).put("name", "n".repeat(100_000))),
                invalid("complainant.email", b -> ((ObjectNode) b.get("complainant")).put("email", "<script>@x")),
                invalid("complainant.phone", b -> ((ObjectNode) b.get("complainant")).put("phone", "0; DELETE FROM complaint")),
                invalid("complainant.address", b -> ((ObjectNode) b.get("complainant")).put("address", "a\u001Bb")),
                invalid("serviceArea", b -> b.put("serviceArea", "s".repeat(201))),
                invalid("summary", b -> b.put("summary", "")),
                invalid("summary", b -> b.put("summary", "z".repeat(1_000_000))),
                invalid("eventDate", b -> b.put("eventDate", "0001-01-01")),
                invalid("subject", b -> b.put("subject", "GOSSIP")),
                invalid("concurrentProceedings", b -> b.put("concurrentProceedings", "COURT_OR_TRIBUNAL")),
                invalid("concurrentProceedings[0]", b -> b.putArray("concurrentProceedings").add("DUEL")),
                // C1 controls, Unicode line separators and text-direction overrides hide what text says (#13)
                invalid("summary", b -> b.put("summary", "next line \u0085 after")),
                invalid("summary", b -> b.put("summary", "csi \u009B2J")),
                invalid("summary", b -> b.put("summary", "line\u2028separator")),
                invalid("summary", b -> b.put("summary", "paragraph\u2029separator")),
                invalid("complainant.name", b -> ((ObjectNode) b.get("complainant")).put("name", "Sam \u202Etnediser")),
                invalid("serviceArea", b -> b.put("serviceArea", "Roads \u2066isolate\u2069")),
                // JSON types as sent, never coerced
                invalid("summary", b -> b.put("summary", 12345)),
                invalid("summary", b -> b.put("summary", true)),
                invalid("aboutStaffBehaviour", b -> b.put("aboutStaffBehaviour", "true")),
                invalid("aboutStaffBehaviour", b -> b.put("aboutStaffBehaviour", 1)),
                invalid("complainant.anonymous", b -> ((ObjectNode) b.get("complainant")).put("anonymous", "false")),
                invalid("channel", b -> b.put("channel", 0)));
    }

    private static Object[] invalid(String field, Consumer<ObjectNode> change) {
        return new Object[]{field, change};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidComplaints")
    void invalidField_is400NamingTheField_andNothingIsStored(String field, Consumer<ObjectNode> change) {
        long complaintsBefore = complaints.count();
        long processesBefore = processEngine.getRuntimeService().createProcessInstanceQuery().count();
        ObjectNode body = validComplaint();
        change.accept(body);

        ResponseEntity<JsonNode> response = post("demo", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
        assertThat(complaints.count()).isEqualTo(complaintsBefore);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(processesBefore);
    }

    @Test
    void textInAnyLanguage_withItsOwnMarks_isAccepted() {
        ObjectNode body = validComplaint();
        body.put("summary", "Mae'r biniau heb eu casglu ers pythefnos. \u200Fالنفايات لم تُجمع\u200F "
                + "\uD83D\uDC69\u200D\uD83D\uDC67 tabs\tand\r\nline breaks");
        ((ObjectNode) body.get("complainant")).put("name", "Siân Ní Bhriain-Łukasz");
        assertThat(post("demo", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void severalBadFields_areAllNamed() {
        ObjectNode broken = validComplaint();
        broken.remove("summary");
        broken.remove("serviceArea");
        ResponseEntity<JsonNode> response = post("demo", broken);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("summary", "serviceArea");
    }

    @Test
    void malformedBodies_are4xxProblems() {
        assertThat(exchange("demo", HttpMethod.POST, "/api/complaints", "{\"procedure\":", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("demo", HttpMethod.POST, "/api/complaints", "", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("demo", HttpMethod.POST, "/api/complaints", "[]", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("demo", HttpMethod.POST, "/api/complaints", "procedure=x", MediaType.APPLICATION_FORM_URLENCODED)
                .getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(exchange("demo", HttpMethod.POST, "/api/complaints", validComplaint().toString(), MediaType.TEXT_PLAIN)
                .getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(exchange("demo", HttpMethod.POST, "/api/complaints", "null", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("demo", HttpMethod.POST, "/api/complaints", "{}", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange("demo", HttpMethod.PUT, "/api/complaints", validComplaint(), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Test
    void calculator_answersWithTheDeadlineArithmetic() {
        ResponseEntity<JsonNode> response = get("demo", "/api/calendar/working-days?from=2025-12-19&add=5");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo(json.valueToTree(Map.of("date", "2025-12-30")));
        assertThat(get("harborough-service-officers", "/api/calendar/working-days?from=2026-12-23&add=20")
                .getBody().get("date").asText()).isEqualTo("2027-01-25");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "from=2025-12-19           | add",
            "add=5                     | from",
            "from=2025-12-19&add=-1    | add",
            "from=2025-12-19&add=five  | add",
            "from=2025-12-19&add=99999 | add",
            "from=19/12/2025&add=5     | from",
            "from=2025-13-01&add=5     | from",
            "from=1066-10-14&add=5     | from"})
    void calculator_badParameters_are400NamingTheParameter(String query, String parameter) {
        ResponseEntity<JsonNode> response = get("demo", "/api/calendar/working-days?" + query.trim());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(parameter.trim());
    }

    @Test
    void escalation_whenNotAwaitingOne_is409() {
        String reference = post("demo", validComplaint()).getBody().get("reference").asText();
        ResponseEntity<JsonNode> response = exchange("demo", HttpMethod.POST,
                "/api/complaints/" + reference + "/escalations", Map.of("requestedOn", today()), MediaType.APPLICATION_JSON);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
