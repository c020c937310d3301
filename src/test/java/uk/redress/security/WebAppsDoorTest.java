package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.Job;
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
 * What an independent review found still open after the first round (issue #13): the web apps' own door to the
 * engine, trailing slashes, ending a process with a BPMN error, handing a task to another council through its
 * identity links, the history clean-up job, cross-council counts, encoded paging, oversized uploads and bodies,
 * and a team's comments on its tasks in the shared stages.
 */
class WebAppsDoorTest extends RedressSpringTest {

    private static final String HARBOROUGH_TEAM = "harborough-service-officers";

    @Autowired
    TestRestTemplate http;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String url, Object body) {
        return StaffRest.call(http, user, method, url, body);
    }

    private String complaint(String procedure) {
        return StaffRest.complaint(http, procedure);
    }

    private Task openTask(String reference) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).list().get(0);
    }

    @Test
    void tasklistsPeoplePicker_offersTheTasksTeamOnly_toThoseWhoMayReadTheTask() {
        String reference = complaint("harborough-corporate");
        String team = "/tasklist-team/default/" + openTask(reference).getId();

        ResponseEntity<JsonNode> offered = WebAppSession.signIn(http, HARBOROUGH_TEAM, HARBOROUGH_TEAM, "tasklist")
                .callUrl(HttpMethod.GET, team, null);
        assertThat(offered.getStatusCode().value()).isEqualTo(200);
        java.util.List<String> ids = offered.getBody().findValuesAsText("id");
        assertThat(ids).contains(HARBOROUGH_TEAM).doesNotContain("warwickshire-service-officers", "auditors");
        assertThat(ids).allSatisfy(id -> assertThat(processEngine.getIdentityService().createUserQuery().userId(id)
                .memberOfGroup(HARBOROUGH_TEAM).count()).as(id + " is in the task's team").isOne());

        ResponseEntity<JsonNode> otherCouncil = WebAppSession.signIn(http, "warwickshire-service-officers",
                "warwickshire-service-officers", "tasklist").callUrl(HttpMethod.GET, team, null);
        assertThat(otherCouncil.getStatusCode().value()).isEqualTo(404);
        assertThat(otherCouncil.getBody().toString()).doesNotContain(HARBOROUGH_TEAM);
        assertThat(http.getForEntity(team, String.class).getStatusCode().value()).as("nobody signed in").isEqualTo(401);
    }

    @Test
    void tasklistChecksANameTypedAsAssignee_findingTeammatesOnly() {
        var identity = processEngine.getIdentityService();
        var colleague = identity.newUser("harborough-colleague");
        colleague.setFirstName("Hari");
        colleague.setLastName("Colleague");
        colleague.setPassword("harborough-colleague");
        identity.saveUser(colleague);
        identity.createMembership("harborough-colleague", HARBOROUGH_TEAM);
        try {
            WebAppSession team = WebAppSession.signIn(http, HARBOROUGH_TEAM, HARBOROUGH_TEAM, "tasklist");
            // what Tasklist asks before it hands a task to the name typed in the assignee box
            ResponseEntity<JsonNode> teammate = team.call(HttpMethod.GET, "/user?maxResults=1&id=harborough-colleague", null);
            assertThat(teammate.getStatusCode().value()).isEqualTo(200);
            assertThat(teammate.getBody().findValuesAsText("id")).containsExactly("harborough-colleague");
            assertThat(teammate.getBody().findValuesAsText("lastName")).containsExactly("Colleague");
            ResponseEntity<JsonNode> stranger = team.call(HttpMethod.GET,
                    "/user?maxResults=1&id=warwickshire-service-officers", null);
            assertThat(stranger.getStatusCode().value()).isEqualTo(200);
            assertThat(stranger.getBody()).as("another council's officer is no one to Harborough's team").isEmpty();
        } finally {
            identity.deleteUser("harborough-colleague");
        }
    }

    @Test
    void openingATasksForm_showsTheCorrespondenceAsItStandsNow() {
        String reference = complaint("harborough-corporate");
        String taskId = openTask(reference).getId();
        processEngine.getTaskService().setVariableLocal(taskId, "correspondenceLog", "as it stood long ago");

        ResponseEntity<JsonNode> form = WebAppSession.signIn(http, HARBOROUGH_TEAM, HARBOROUGH_TEAM, "tasklist")
                .call(HttpMethod.GET, "/task/" + taskId + "/form-variables", null);
        assertThat(form.getStatusCode().value()).isEqualTo(200);
        assertThat(form.getBody().path("correspondenceLog").path("value").asText())
                .isNotEqualTo("as it stood long ago").contains("acknowledgement");
        ResponseEntity<JsonNode> stranger = WebAppSession.signIn(http, "warwickshire-service-officers",
                "warwickshire-service-officers", "tasklist").call(HttpMethod.GET, "/task/" + taskId + "/form-variables", null);
        assertThat(stranger.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void onTheWebAppsDoor_staffChangeNothingButTheirTasks_trailingSlashOrNot() {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        String id = task.getId();
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId())
                .list().stream().findFirst().orElseThrow(() -> new AssertionError("the informal clock's timer"));
        WebAppSession team = WebAppSession.signIn(http, HARBOROUGH_TEAM, HARBOROUGH_TEAM, "tasklist");
        WebAppSession auditor = WebAppSession.signIn(http, "auditors", "auditors", "cockpit");

        Map<String, Object> variables = Map.of("variables", Map.of(
                "informalActionsSummary", Map.of("value", "x"), "informalOutcome", Map.of("value", "resolved"),
                "reference", Map.of("value", "WCC-2026-000001"), "informalResponseDueOn", Map.of("value", "2099-01-01")));
        List<ResponseEntity<JsonNode>> refused = new java.util.ArrayList<>(List.of(
                team.call(HttpMethod.PUT, "/task/" + id + "/", Map.of("name", task.getName(),
                        "due", "2099-01-01T00:00:00.000+0000", "priority", 100)),
                team.call(HttpMethod.POST, "/task/" + id + "/bpmnError", Map.of("errorCode", "x",
                        "variables", Map.of("reference", Map.of("value", "WCC-2026-000001")))),
                team.call(HttpMethod.POST, "/task/" + id + "/bpmnEscalation", Map.of("escalationCode", "x")),
                team.call(HttpMethod.POST, "/task/" + id + "/identity-links",
                        Map.of("groupId", "warwickshire-customer-relations", "type", "candidate")),
                team.call(HttpMethod.POST, "/task/" + id + "/identity-links",
                        Map.of("userId", "warwickshire-service-officers", "type", "owner")),
                team.call(HttpMethod.POST, "/task/" + id + "/identity-links/delete",
                        Map.of("groupId", HARBOROUGH_TEAM, "type", "candidate")),
                team.call(HttpMethod.POST, "/message", Map.of("messageName", "ComplaintWithdrawn",
                        "businessKey", reference)),
                team.call(HttpMethod.GET, "/metrics/root-process-instance-start/sum", null),
                team.call(HttpMethod.POST, "/process-definition/key/harborough-corporate/start/", Map.of())));
        refused.add(team.call(HttpMethod.PUT, "/job/" + timer.getId() + "/suspended", Map.of("suspended", true)));
        refused.add(auditor.call(HttpMethod.PUT, "/job/" + timer.getId() + "/duedate",
                Map.of("duedate", "2099-01-01T00:00:00.000+0000")));
        refused.add(auditor.call(HttpMethod.DELETE, "/job/" + timer.getId(), null));
        assertThat(refused).allSatisfy(response -> assertThat(response.getStatusCode().value())
                .as(String.valueOf(response.getBody())).isIn(403, 404));

        ResponseEntity<JsonNode> slash = team.call(HttpMethod.POST, "/task/" + id + "/submit-form/", variables);
        assertThat(slash.getStatusCode().value()).as("the form check, trailing slash or not").isEqualTo(400);

        Task after = processEngine.getTaskService().createTaskQuery().taskId(id).singleResult();
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getDueDate()).isEqualTo(task.getDueDate());
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(id))
                .noneMatch(link -> link.getGroupId() != null && link.getGroupId().startsWith("warwickshire"))
                .anyMatch(link -> HARBOROUGH_TEAM.equals(link.getGroupId()));
        assertThat(processEngine.getRuntimeService().getVariable(task.getProcessInstanceId(), "reference"))
                .isEqualTo(reference);
        assertThat(processEngine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult())
                .satisfies(job -> assertThat(job.isSuspended()).isFalse());
        assertThat(call("demo", HttpMethod.POST, "/engine-rest/process-definition/key/respond-within-deadline/start/",
                Map.of("businessKey", reference)).getStatusCode().value()).as("nobody starts a process").isEqualTo(403);
    }

    @Test
    void aTeamCommentsOnAndAttachesToItsTaskInASharedStage() {
        String reference = complaint("warwickshire-general");
        Task task = openTask(reference);
        assertThat(processEngine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey())
                .as("a shared stage's task").isEqualTo("respond-within-deadline");
        String team = "warwickshire-service-officers";
        ResponseEntity<JsonNode> comment = call(team, HttpMethod.POST,
                "/engine-rest/task/" + task.getId() + "/comment/create", Map.of("message", "Called the resident"));
        assertThat(comment.getStatusCode().value()).as(String.valueOf(comment.getBody())).isEqualTo(200);
        assertThat(call(team, HttpMethod.GET, "/engine-rest/task/" + task.getId() + "/comment", null).getBody())
                .hasSize(1);
        assertThat(call("harborough-service-officers", HttpMethod.GET,
                "/engine-rest/task/" + task.getId() + "/comment", null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void uploadsAndFormsHaveASizeLimit_andTheApiDescriptionsAreNotServed() throws java.io.IOException {
        String reference = complaint("harborough-corporate");
        Task task = openTask(reference);
        // the upload's size is declared up front: refused before a byte of it is read (sent raw, so no client
        // library races to send the body the server has already refused)
        String answer;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /engine-rest/task/" + task.getId() + "/attachment/create HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\nAuthorization: Basic " + java.util.Base64.getEncoder()
                    .encodeToString((HARBOROUGH_TEAM + ":" + HARBOROUGH_TEAM).getBytes()) + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nX-Requested-With: test\r\n"
                    + "Content-Length: 11000000\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] head = new byte[12];
            int read = socket.getInputStream().readNBytes(head, 0, 12);
            answer = new String(head, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(processEngine.getTaskService().getTaskAttachments(task.getId())).isEmpty();

        String big = "{\"variables\":{\"informalActionsSummary\":{\"value\":\"" + "x".repeat(1_100_000) + "\"}}}";
        assertThat(call(HARBOROUGH_TEAM, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form", big)
                .getStatusCode().value()).isEqualTo(413);

        for (String app : List.of("engine", "cockpit", "admin", "tasklist", "welcome")) {
            assertThat(http.getForEntity("/camunda/api/" + app + "/application.wadl", String.class).getStatusCode()
                    .value()).as(app).isEqualTo(404);
        }
    }
}
