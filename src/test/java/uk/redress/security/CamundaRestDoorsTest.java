package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/**
 * Camunda's REST API through both its doors ({@code /engine-rest} and the web apps' {@code /camunda/api/engine}),
 * tried as an attacker with a staff account would: one council's officer against another council's complaint,
 * staff against their own procedure's engine, auditors against anything that writes.
 */
class CamundaRestDoorsTest extends RedressSpringTest {

    private static final String HARBOROUGH_TEAM = "harborough-service-officers";
    private static final String HARBOROUGH_OFFICERS = "harborough-complaints-officers";
    private static final String WARWICKSHIRE = "warwickshire-service-officers";
    private static final String AUDITORS = "auditors";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String url, Object body) {
        return StaffRest.call(http, user, method, url, body);
    }

    private String complaint(String procedure) {
        return StaffRest.complaint(http, procedure);
    }

    private Task openTask(String reference) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private long processesOf(String reference) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .rootProcessInstances().count();
    }

    @Test
    void staffCannotStartAProcessByHand_withAnotherCouncilsReferenceOrTheirOwn() {
        String warwickshire = complaint("warwickshire-general");
        String harborough = complaint("harborough-corporate");
        WebAppSession tasklist = WebAppSession.signIn(http, HARBOROUGH_OFFICERS, HARBOROUGH_OFFICERS, "tasklist");

        for (String reference : List.of(warwickshire, harborough)) {
            Map<String, Object> start = Map.of("businessKey", reference, "variables", Map.of(
                    "reference", Map.of("value", reference), "summary", Map.of("value", "ghost")));
            assertThat(call(HARBOROUGH_OFFICERS, HttpMethod.POST,
                    "/engine-rest/process-definition/key/harborough-corporate/start", start).getStatusCode().value())
                    .as("/engine-rest start with " + reference).isEqualTo(403);
            ResponseEntity<JsonNode> webapps = tasklist.call(HttpMethod.POST,
                    "/process-definition/key/harborough-corporate/start", start);
            assertThat(webapps.getStatusCode().value()).as("web apps' start with " + reference + ": " + webapps.getBody())
                    .isEqualTo(403);
            assertThat(processesOf(reference)).as("only the complaint's own process").isOne();
        }
    }

    @Test
    void aProcessNotStartedByRedress_cannotActOnAComplaint_evenStartedByAnAdministrator() {
        String warwickshire = complaint("warwickshire-general");
        JsonNode before = call("demo", HttpMethod.GET, "/api/complaints/" + warwickshire, null).getBody();
        long letters = letterLog.count();

        ResponseEntity<JsonNode> ghost = call("demo", HttpMethod.POST,
                "/engine-rest/process-definition/key/harborough-corporate/start", Map.of("businessKey", warwickshire,
                        "variables", Map.of("reference", Map.of("value", warwickshire),
                                "receivedOn", Map.of("value", "2026-11-20"), "channel", Map.of("value", "EMAIL"),
                                "serviceArea", Map.of("value", "Roads"), "summary", Map.of("value", "ghost"),
                                "anonymous", Map.of("value", false), "aboutStaffBehaviour", Map.of("value", false),
                                "subject", Map.of("value", "SERVICE"))));

        assertThat(ghost.getStatusCode().value()).as(String.valueOf(ghost.getBody())).isEqualTo(403);
        // and had it been started some other way (the Java API), its first step refuses the complaint
        assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey("harborough-corporate",
                warwickshire, Map.of("reference", warwickshire, "receivedOn", "2026-11-20", "channel", "EMAIL",
                        "serviceArea", "Roads", "summary", "ghost", "anonymous", false, "aboutStaffBehaviour", false,
                        "subject", "SERVICE")))
                .hasMessageContaining("not started by Redress for complaint " + warwickshire);
        assertThat(processesOf(warwickshire)).isOne();
        JsonNode after = call("demo", HttpMethod.GET, "/api/complaints/" + warwickshire, null).getBody();
        assertThat(after.get("stage")).isEqualTo(before.get("stage"));
        assertThat(after.get("status")).isEqualTo(before.get("status"));
        assertThat(after.get("deadlines")).isEqualTo(before.get("deadlines"));
        assertThat(letterLog.count()).as("no letter queued").isEqualTo(letters);
    }

    @Test
    void staffCannotModifyProcesses_setVariables_orMoveATasksDueDate() {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        String instance = task.getProcessInstanceId();
        Date due = task.getDueDate();
        Map<String, Object> newDue = Map.of("name", task.getName(), "due", "2099-01-01T00:00:00.000+0000",
                "priority", 99);
        Map<String, Object> variable = Map.of("value", "WCC-2026-999999", "type", "String");
        Map<String, Object> modification = Map.of("instructions", List.of(Map.of("type", "cancel",
                "activityId", task.getTaskDefinitionKey())));

        List<ResponseEntity<JsonNode>> rest = List.of(
                call(HARBOROUGH_TEAM, HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
                        modification),
                call(HARBOROUGH_TEAM, HttpMethod.PUT, "/engine-rest/process-instance/" + instance
                        + "/variables/reference", variable),
                call(HARBOROUGH_TEAM, HttpMethod.PUT, "/engine-rest/task/" + task.getId(), newDue),
                call(HARBOROUGH_TEAM, HttpMethod.PUT, "/engine-rest/task/" + task.getId() + "/variables/reference",
                        variable));
        assertThat(rest).allSatisfy(response -> assertThat(response.getStatusCode().value()).isEqualTo(404));

        WebAppSession tasklist = WebAppSession.signIn(http, HARBOROUGH_TEAM, HARBOROUGH_TEAM, "tasklist");
        List<ResponseEntity<JsonNode>> webapps = List.of(
                tasklist.call(HttpMethod.POST, "/process-instance/" + instance + "/modification", modification),
                tasklist.call(HttpMethod.PUT, "/process-instance/" + instance + "/variables/reference", variable),
                tasklist.call(HttpMethod.PUT, "/task/" + task.getId(), newDue),
                tasklist.call(HttpMethod.PUT, "/task/" + task.getId() + "/variables/reference", variable),
                tasklist.call(HttpMethod.POST, "/task/" + task.getId() + "/variables",
                        Map.of("modifications", Map.of("reference", variable))));
        assertThat(webapps.stream().map(response -> response.getStatusCode().value()).toList())
                .as("modification, process variable, task, task variable, task variables")
                .allMatch(status -> status == 403 || status == 404);

        Task after = openTask(reference);
        assertThat(after.getId()).isEqualTo(task.getId());
        assertThat(after.getDueDate()).isEqualTo(due);
        assertThat(after.getPriority()).isEqualTo(task.getPriority());
        assertThat(processEngine.getRuntimeService().getVariable(instance, "reference")).isEqualTo(reference);
    }

    @Test
    void aTaskCompletesOnlyWithWhatItsFormAsks() {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        String submit = "/engine-rest/task/" + task.getId() + "/submit-form";
        Map<String, Object> answers = Map.of("informalOutcome", Map.of("value", "notResolved"),
                "informalActionsSummary", Map.of("value", "Called the resident"));

        ResponseEntity<JsonNode> extra = call(HARBOROUGH_TEAM, HttpMethod.POST, submit, Map.of("variables",
                merge(answers, Map.of("informalResponseDueOn", Map.of("value", "2099-01-01")))));
        ResponseEntity<JsonNode> shownOnly = call(HARBOROUGH_TEAM, HttpMethod.POST, submit, Map.of("variables",
                merge(answers, Map.of("reference", Map.of("value", "WCC-2026-000007")))));
        assertThat(extra.getStatusCode().value()).isEqualTo(400);
        assertThat(extra.getBody().get("detail").asText()).contains("informalResponseDueOn");
        assertThat(shownOnly.getStatusCode().value()).isEqualTo(400);
        assertThat(shownOnly.getBody().get("detail").asText()).contains("reference");
        assertThat(openTask(reference).getId()).as("still open").isEqualTo(task.getId());

        // what Tasklist sends: every field the form shows, the ones it only shows unchanged (empty when unset)
        Map<String, Object> shown = new java.util.HashMap<>();
        for (String name : List.of("reference", "caseSummary", "restrictionsInForce", "serviceArea", "summary",
                "outcomeSought", "correspondenceLog")) {
            Object value = processEngine.getTaskService().getVariable(task.getId(), name);
            shown.put(name, Map.of("value", value == null ? "" : value));
        }
        assertThat(shown.get("caseSummary").toString()).as("contact details on the form").contains("@example.org");
        ResponseEntity<JsonNode> done = call(HARBOROUGH_TEAM, HttpMethod.POST, submit, Map.of("variables",
                merge(answers, shown)));
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(204);
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
        // only what the officer answered is written: the values the form only showed are not copied into the
        // history again (the case summary's contact details, the correspondence log) nor rewritten unchanged
        var history = processEngine.getHistoryService();
        assertThat(history.createHistoricDetailQuery().taskId(task.getId()).formFields().list())
                .extracting(d -> ((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldId())
                .containsExactlyInAnyOrder("informalOutcome", "informalActionsSummary");
        // each value's every setting, as the auditors' readers list them: still set once
        assertThat(uk.redress.engine.ValueSettings.of(history, task.getProcessInstanceId()))
                .extracting(org.camunda.bpm.engine.history.HistoricVariableUpdate::getVariableName)
                .filteredOn(shown.keySet()::contains).containsOnlyOnce("reference", "summary");
        assertThat(processEngine.getRuntimeService().getVariable(task.getProcessInstanceId(), "summary"))
                .as("unchanged").isEqualTo(((Map<?, ?>) shown.get("summary")).get("value"));
    }

    @Test
    void aFormOpenedBeforeTheCorrespondenceLogChanged_stillCompletes() {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        // the officer's form shows the log as it was; a colleague opening it since refreshed the task's copy
        ResponseEntity<JsonNode> done = call(HARBOROUGH_TEAM, HttpMethod.POST,
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", Map.of(
                        "informalOutcome", Map.of("value", "notResolved"),
                        "informalActionsSummary", Map.of("value", "Called the resident"),
                        "correspondenceLog", Map.of("value", "the log as it stood an hour ago"),
                        "caseSummary", Map.of("value", "the summary as it stood an hour ago"))));
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(204);
        assertThat(processEngine.getHistoryService().createHistoricDetailQuery().taskId(task.getId()).formFields()
                .list()).extracting(d -> ((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldId())
                .containsExactlyInAnyOrder("informalOutcome", "informalActionsSummary");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void anEncodedTaskIdOrDoor_isCheckedLikeAnyOther() throws Exception {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        String id = task.getId();
        String encodedId = "%" + Integer.toHexString(id.charAt(0)).toUpperCase() + id.substring(1);
        var client = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/engine-rest/task/" + encodedId + "/submit-form",
                "/engine-r%65st/task/" + id + "/submit-form",
                "/camunda/api/engine/engine/default/task/" + encodedId + "/submit-form")) {
            // sent as written (java.net.URI keeps the escapes, where RestTemplate would escape the "%" again)
            var answer = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (HARBOROUGH_TEAM + ":" + HARBOROUGH_TEAM).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"variables\":{\"informalResponseDueOn\":{\"value\":\"2099-01-01\"}}}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
        }
        assertThat(openTask(reference).getId()).as("still open").isEqualTo(id);
        assertThat(processEngine.getRuntimeService().getVariable(task.getProcessInstanceId(), "informalResponseDueOn"))
                .as("never set").isNotEqualTo("2099-01-01");
    }

    @Test
    void attachmentsAndCommentsFollowTheirTask_andAuditorsWriteNothing() {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        TaskService tasks = processEngine.getTaskService();
        Attachment evidence = tasks.createAttachment("text/plain", task.getId(), null, "evidence.txt", "photos",
                new ByteArrayInputStream("the evidence".getBytes(StandardCharsets.UTF_8)));
        Comment note = tasks.createComment(task.getId(), task.getProcessInstanceId(), "Officer's note");
        String attachment = "/task/" + task.getId() + "/attachment/" + evidence.getId();
        String comment = "/task/" + task.getId() + "/comment/" + note.getId();

        for (String stranger : List.of(WARWICKSHIRE, AUDITORS)) {
            List<ResponseEntity<JsonNode>> refused = List.of(
                    call(stranger, HttpMethod.GET, "/engine-rest" + attachment, null),
                    call(stranger, HttpMethod.GET, "/engine-rest" + attachment + "/data", null),
                    call(stranger, HttpMethod.GET, "/engine-rest" + comment, null),
                    call(stranger, HttpMethod.GET, "/engine-rest/task/" + task.getId() + "/comment", null),
                    call(stranger, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/comment/create",
                            Map.of("message", "written by " + stranger)),
                    call(stranger, HttpMethod.DELETE, "/engine-rest" + attachment, null));
            assertThat(refused).as(stranger).allSatisfy(response ->
                    assertThat(response.getStatusCode().value()).isEqualTo(404));
        }
        WebAppSession warwickshire = WebAppSession.signIn(http, WARWICKSHIRE, WARWICKSHIRE, "tasklist");
        WebAppSession auditor = WebAppSession.signIn(http, AUDITORS, AUDITORS, "cockpit");
        for (WebAppSession stranger : List.of(warwickshire, auditor)) {
            assertThat(List.of(stranger.call(HttpMethod.GET, attachment, null),
                    stranger.call(HttpMethod.GET, attachment + "/data", null),
                    stranger.call(HttpMethod.GET, comment, null),
                    stranger.call(HttpMethod.POST, "/task/" + task.getId() + "/comment/create", Map.of("message", "x")),
                    stranger.call(HttpMethod.DELETE, attachment, null)))
                    .allSatisfy(response -> assertThat(response.getStatusCode().value()).isEqualTo(404));
        }

        assertThat(tasks.getTaskAttachment(task.getId(), evidence.getId())).as("not deleted").isNotNull();
        assertThat(tasks.getTaskComments(task.getId())).hasSize(1);
        assertThat(call(HARBOROUGH_TEAM, HttpMethod.GET, "/engine-rest" + attachment, null).getStatusCode().value())
                .as("the task's own team").isEqualTo(200);
    }

    @Test
    void aTaskGoesOnlyToSomeoneWhoMayWorkIt_andAColleagueWhoTakesItHoldsNoGrantOfTheirOwn() {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        String claim = "/engine-rest/task/" + task.getId() + "/claim";

        assertThat(call(HARBOROUGH_TEAM, HttpMethod.POST, claim, Map.of("userId", WARWICKSHIRE))
                .getStatusCode().value()).as("another council's officer").isEqualTo(400);
        assertThat(call("demo", HttpMethod.POST, claim, Map.of("userId", "nobody-of-that-name"))
                .getStatusCode().value()).as("an unknown user").isEqualTo(400);
        assertThat(openTask(reference).getAssignee()).isNull();

        assertThat(call(HARBOROUGH_TEAM, HttpMethod.POST, claim, Map.of("userId", HARBOROUGH_TEAM))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().userIdIn(HARBOROUGH_TEAM)
                .resourceId(task.getId()).count())
                .as("no grant of their own: their team's rights on the procedure let them work it")
                .isZero();
        assertThat(call(HARBOROUGH_TEAM, HttpMethod.GET, "/engine-rest/task?assignee=" + HARBOROUGH_TEAM, null)
                .getBody().toString()).contains(task.getId());
        assertThat(call(HARBOROUGH_TEAM, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/unclaim", null)
                .getStatusCode().value()).isEqualTo(204);
        // someone from outside the team losing their grant when the task moves on: TaskGroupGrantsTest
    }

    @Test
    void anEmptiedAssigneeHandsTheTaskBackToTheTeam_onBothDoors_andAnUnknownNameIsRefusedByName() {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        String assignee = "/task/" + task.getId() + "/assignee";
        WebAppSession tasklist = WebAppSession.signIn(http, HARBOROUGH_TEAM, HARBOROUGH_TEAM, "tasklist");
        java.util.HashMap<String, Object> none = new java.util.HashMap<>();
        none.put("userId", null);

        for (Object emptied : List.of(Map.of("userId", ""), Map.of("userId", "  "), none)) {
            assertThat(call(HARBOROUGH_TEAM, HttpMethod.POST, "/engine-rest" + assignee, Map.of("userId", HARBOROUGH_TEAM))
                    .getStatusCode().value()).isEqualTo(204);
            assertThat(openTask(reference).getAssignee()).isEqualTo(HARBOROUGH_TEAM);
            assertThat(tasklist.call(HttpMethod.POST, assignee, emptied).getStatusCode().value()).as(emptied.toString())
                    .isEqualTo(204);
            assertThat(openTask(reference).getAssignee()).as("back with the team, not given to \"\"").isNull();
        }
        assertThat(call("demo", HttpMethod.POST, "/engine-rest" + assignee, Map.of("userId", ""))
                .getStatusCode().value()).as("an administrator too").isEqualTo(204);
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.getId())
                .taskCandidateGroup("harborough-service-officers").count()).as("still the team's").isOne();

        ResponseEntity<JsonNode> emptyClaim = tasklist.call(HttpMethod.POST, "/task/" + task.getId() + "/claim",
                Map.of("userId", ""));
        assertThat(emptyClaim.getStatusCode().value()).isEqualTo(400);
        assertThat(emptyClaim.getBody().toString()).contains("userId is empty");
        for (ResponseEntity<JsonNode> unknown : List.of(
                tasklist.call(HttpMethod.POST, assignee, Map.of("userId", "no-such-officer")),
                call(HARBOROUGH_TEAM, HttpMethod.POST, "/engine-rest" + assignee, Map.of("userId", "no-such-officer")))) {
            assertThat(unknown.getStatusCode().value()).isEqualTo(400);
            assertThat(unknown.getBody().toString()).as("names who was refused").contains("'no-such-officer'");
        }
        assertThat(openTask(reference).getAssignee()).isNull();
    }

    @Test
    void wrongPasswordsSlowOneAddressForOneAccount_butNeverLockTheAccount_orColleagues() {
        for (String name : List.of("lockout-probe", "lockout-colleague")) {
            User user = processEngine.getIdentityService().newUser(name);
            user.setPassword("the-right-one");
            processEngine.getIdentityService().saveUser(user);
        }
        String attacker = "10.20.30.40";

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(signIn("lockout-probe", "guess-" + attempt, attacker).getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<String> throttled = signIn("lockout-probe", "guess-11", attacker);
        assertThat(throttled.getStatusCode().value()).isEqualTo(429);
        assertThat(throttled.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(signIn("lockout-probe", "the-right-one", attacker).getStatusCode().value())
                .as("the throttled address waits for that account, even with the right password").isEqualTo(429);

        // a colleague behind the same address, and the owner anywhere else, sign in straight away: nothing is locked
        assertThat(signIn("lockout-colleague", "the-right-one", attacker).getStatusCode().value()).isEqualTo(200);
        assertThat(signIn("lockout-probe", "the-right-one", "10.20.30.41").getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> signIn(String user, String password, String from) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.add("X-Forwarded-For", from);
        return http.exchange("/api/calendar/working-days?from=2026-12-01&add=1", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
    }

    @Test
    void staffReachOnlyWhatTheWebAppsNeed_andListsComeAPageAtATime() {
        for (String path : List.of("/deployment", "/job", "/authorization", "/execution", "/incident", "/batch",
                "/external-task")) {
            assertThat(call(HARBOROUGH_TEAM, HttpMethod.GET, "/engine-rest" + path, null).getStatusCode().value())
                    .as(path).isEqualTo(404);
            assertThat(call("demo", HttpMethod.GET, "/engine-rest" + path, null).getStatusCode().value())
                    .as("administrator " + path).isEqualTo(200);
        }
        assertThat(call(HARBOROUGH_TEAM, HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "x"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(call(HARBOROUGH_TEAM, HttpMethod.POST, "/engine-rest/history/cleanup", null)
                .getStatusCode().value()).isEqualTo(404);

        ResponseEntity<JsonNode> all = call("demo", HttpMethod.GET,
                "/engine-rest/history/variable-instance?maxResults=1000000000", null);
        // the page size is rewritten on the way in (QueryPagingTest shows how); the engine takes the rewritten call
        assertThat(all.getStatusCode().value()).isEqualTo(200);
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> both = new java.util.HashMap<>(a);
        both.putAll(b);
        return both;
    }
}
