package uk.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;
import uk.redress.notification.CorrespondenceRepository;
import uk.redress.security.WebAppSession;

/**
 * The Cockpit plugin's API: an auditor reads a closed complaint's whole history, its own team reads it within
 * their rights, another council's officer and an unknown reference get the same "not found", nobody gets 401.
 */
class ComplaintHistoryPluginTest extends RedressSpringTest {

    static final String API = "/camunda/api/cockpit/plugin/redress-history/default/complaints/";
    private static final String OFFICERS = "harborough-service-officers";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    CorrespondenceRepository correspondence;

    @Test
    void anAuditor_readsAClosedComplaint_everyPart_withItsLettersDeliveriesUnderIt() {
        String reference = HistoryScenario.closedHarboroughComplaint(processEngine, intake, this::runDueJobs,
                this::sendLetters);
        WebAppSession auditor = WebAppSession.signIn(http, "auditors", "auditors", "cockpit");

        JsonNode summary = ok(auditor.get(API + reference));
        assertThat(summary.get("reference").asText()).isEqualTo(reference);
        assertThat(summary.get("status").asText()).isEqualTo("Closed");
        assertThat(summary.get("closed").asText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{1,2}:\\d{2}[ap]m");
        // letters leave from the correspondence log (the letters part below), not as processes of their own
        assertThat(groups(summary)).containsOnly("complaint");
        JsonNode root = summary.get("processes").get(0);
        assertThat(root.get("group").asText()).isEqualTo("complaint");
        assertThat(root.get("state").asText()).isEqualTo("Finished");

        JsonNode steps = ok(auditor.get(API + reference + "/steps"));
        assertThat(items(steps)).anySatisfy(step -> {
            assertThat(step.get("name").asText()).isEqualTo("Resolve complaint informally");
            assertThat(step.get("who").asText()).isEqualTo(OFFICERS);
            assertThat(step.get("outcome").asText()).isEqualTo("Done");
        });
        List<JsonNode> changes = everyPage(auditor, API + reference + "/changes");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.get("detail").asText()).isEqualTo("Informal outcome");
            assertThat(change.get("value").asText()).isEqualTo("resolved");
        });
        // a value set as the complaint came in and never changed is there too, once (held in its record alone)
        assertThat(changes).filteredOn(change -> change.get("value").asText().equals(reference)).singleElement()
                .satisfies(change -> assertThat(change.get("process").asText()).isNotBlank());
        // oldest first, the values set at intake before what the officer recorded later
        List<String> values = changes.stream().map(change -> change.get("value").asText()).toList();
        assertThat(values.indexOf(reference)).isLessThan(values.indexOf("resolved"));
        assertThat(items(ok(auditor.get(API + reference + "/operations")))).anySatisfy(operation -> {
            assertThat(operation.get("who").asText()).isEqualTo(OFFICERS);
            assertThat(operation.get("what").asText()).isEqualTo("Finished a task");
        });
        JsonNode letters = ok(auditor.get(API + reference + "/letters"));
        int written = correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(reference).size();
        assertThat(written).isPositive();
        assertThat(letters.get("total").asInt()).isEqualTo(written);
        assertThat(items(letters).get(0).get("status").asText()).isEqualTo("Sent");
        JsonNode incidents = ok(auditor.get(API + reference + "/incidents"));
        assertThat(items(incidents)).singleElement().satisfies(problem -> {
            assertThat(problem.get("message").asText()).isEqualTo(HistoryScenario.PROBLEM);
            assertThat(problem.get("state").asText()).isEqualTo("Closed");
            assertThat(problem.get("ended").asText()).isNotBlank();
        });
    }

    @Test
    void longParts_comeAPageAtATime_andAPageAfterTheLastIsEmpty() {
        // a complaint with more recorded changes than a page holds, as a long case has
        String reference = intake.receive(HistoryScenario.harboroughComplaint(LocalDate.now(LONDON))).getReference();
        String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getId();
        for (int i = 0; i < HistoryPage.SIZE; i++) {
            processEngine.getRuntimeService().setVariable(instance, "informalActionsSummary", "Call number " + i);
        }
        WebAppSession auditor = WebAppSession.signIn(http, "auditors", "auditors", "cockpit");

        // the changes to a complaint's details are its longest part: they come a page at a time
        JsonNode first = ok(auditor.get(API + reference + "/changes?page=1"));
        int total = first.get("total").asInt();
        assertThat(total).isGreaterThan(HistoryPage.SIZE);
        assertThat(first.get("items")).hasSize(HistoryPage.SIZE);
        assertThat(first.get("pages").asInt()).isEqualTo((total + HistoryPage.SIZE - 1) / HistoryPage.SIZE);
        JsonNode second = ok(auditor.get(API + reference + "/changes?page=2"));
        assertThat(second.get("items").size()).isEqualTo(Math.min(HistoryPage.SIZE, total - HistoryPage.SIZE));
        assertThat(second.get("items").get(0)).isNotEqualTo(first.get("items").get(0));
        assertThat(ok(auditor.get(API + reference + "/changes?page=99")).get("items")).isEmpty();
        assertThat(auditor.get(API + reference + "/steps?page=0").getStatusCode().value()).isEqualTo(400);
        assertThat(auditor.get(API + reference + "/nothing").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theComplaintsOwnTeam_readsIt_withinTheirRights() {
        String reference = HistoryScenario.closedHarboroughComplaint(processEngine, intake, this::runDueJobs,
                this::sendLetters);
        WebAppSession team = WebAppSession.signIn(http, OFFICERS, OFFICERS, "tasklist");

        JsonNode summary = ok(team.get(API + reference));
        assertThat(groups(summary)).contains("complaint").doesNotContain("letter");
        assertThat(items(ok(team.get(API + reference + "/steps"))))
                .noneSatisfy(step -> assertThat(step.get("process").asText()).startsWith("Sending "));
    }

    @Test
    void anotherCouncilsOfficer_andAnUnknownReference_getTheSameNotFound_andNoData() {
        String reference = HistoryScenario.closedHarboroughComplaint(processEngine, intake, this::runDueJobs,
                this::sendLetters);
        WebAppSession county = WebAppSession.signIn(http, "county-customer-relations", "county-customer-relations",
                "tasklist");

        for (String part : List.of("", "/steps", "/changes", "/operations", "/letters", "/incidents")) {
            ResponseEntity<JsonNode> answer = county.get(API + reference + part);
            assertThat(answer.getStatusCode().value()).as(part).isEqualTo(404);
            assertThat(answer.getBody().toString()).as(part).doesNotContain(HistoryScenario.COMPLAINANT, "Parking",
                    OFFICERS, "items");
        }
        ResponseEntity<JsonNode> unknown = county.get(API + "HDC-2000-999999");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("message").asText()).isEqualTo(
                "There is no complaint HDC-2000-999999 that you may read");
    }

    @Test
    void aRunningComplaintAtStage1_showsItsSharedStageUnderIt_toAuditorsOnly_andItsOpenTaskAsNotFinished() {
        String reference = intake.receive(HistoryScenario.harboroughComplaint(LocalDate.now(LONDON))).getReference();
        for (String step : List.of("Task_ResolveInformally", "Task_LogFormalComplaint")) {
            var task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                    .taskDefinitionKey(step).singleResult();
            processEngine.getTaskService().complete(task.getId(), Map.of("informalOutcome", "notResolved",
                    "informalActionsSummary", "Needs a manager.", "stage1Route", "serviceManager"));
        }
        WebAppSession auditor = WebAppSession.signIn(http, "auditors", "auditors", "cockpit");

        JsonNode summary = ok(auditor.get(API + reference));
        assertThat(summary.get("status").asText()).isEqualTo("Open");
        JsonNode root = summary.get("processes").get(0);
        assertThat(root.get("state").asText()).isEqualTo("Running");
        List<JsonNode> stages = new ArrayList<>();
        summary.get("processes").forEach(process -> {
            if (process.get("group").asText().equals("stage")) {
                stages.add(process);
            }
        });
        assertThat(stages).isNotEmpty().allSatisfy(stage ->
                assertThat(stage.get("parentId").asText()).isEqualTo(root.get("id").asText()));
        assertThat(items(ok(auditor.get(API + reference + "/steps"))))
                .anySatisfy(step -> assertThat(step.get("outcome").asText()).isEqualTo("Not finished"));

        WebAppSession team = WebAppSession.signIn(http, OFFICERS, OFFICERS, "tasklist");
        assertThat(groups(ok(team.get(API + reference)))).containsExactly("complaint");
    }

    @Test
    void nobodySignedIn_isAskedToSignIn() {
        String reference = intake.receive(HistoryScenario.harboroughComplaint(LocalDate.now(LONDON))).getReference();

        assertThat(http.getForEntity(API + reference, String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForEntity(API + reference + "/letters", String.class).getStatusCode().value()).isEqualTo(401);
    }

    private static JsonNode ok(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    /** Every item of a paged part, page after page until one comes back empty. */
    private static List<JsonNode> everyPage(WebAppSession session, String part) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 1; page < 100; page++) {
            List<JsonNode> items = items(ok(session.get(part + "?page=" + page)));
            if (items.isEmpty()) {
                break;
            }
            all.addAll(items);
        }
        return all;
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static Set<String> groups(JsonNode summary) {
        Set<String> groups = new java.util.HashSet<>();
        summary.get("processes").forEach(process -> groups.add(process.get("group").asText()));
        return groups;
    }
}
