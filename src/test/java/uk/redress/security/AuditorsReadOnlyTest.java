package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;

/**
 * Auditors read every procedure's history in Cockpit and change nothing: for each procedure, what Cockpit reads
 * (instances, history, variables, the diagram) answers, and every change Cockpit offers (variables, suspension,
 * cancellation, job retries, completing a task, recording a complaint) is refused.
 */
class AuditorsReadOnlyTest extends RedressSpringTest {

    private static final String AUDITOR = "auditors";

    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(url, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"harborough-corporate", "county-corporate-two-stage", "leicestershire-corporate",
            "leicestershire-childrens-statutory", "warwickshire-general", "warwickshire-adult-social-care",
            "warwickshire-childrens-statutory"})
    void auditorsReadEverything_andChangeNothing(String procedure) {
        ResponseEntity<JsonNode> created = call("demo", HttpMethod.POST, "/api/complaints", Map.of(
                "procedure", procedure, "receivedOn", "2026-11-20", "channel", "EMAIL",
                "complainant", Map.of("name", "Audit Trail"), "serviceArea", "Roads", "summary", "Pothole",
                "subject", procedure.contains("childrens") ? "STATUTORY_CHILDRENS_SOCIAL_CARE" : "SERVICE"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = created.getBody().get("reference").asText();
        String instance = created.getBody().get("processInstanceId").asText();
        JsonNode task = call("demo", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + reference, null)
                .getBody().get(0);

        // what Cockpit reads
        assertThat(call(AUDITOR, HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + reference, null)
                .getBody()).isNotEmpty();
        assertThat(call(AUDITOR, HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceBusinessKey="
                + reference, null).getBody()).isNotEmpty();
        assertThat(call(AUDITOR, HttpMethod.GET, "/engine-rest/history/activity-instance?processInstanceId="
                + instance, null).getBody()).isNotEmpty();
        assertThat(call(AUDITOR, HttpMethod.GET, "/engine-rest/process-instance/" + instance + "/variables", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(AUDITOR, HttpMethod.GET, "/engine-rest/process-definition/key/" + procedure + "/xml", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call(AUDITOR, HttpMethod.GET, "/api/complaints/" + reference, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // what Cockpit (and Tasklist, and the API) could change
        List<ResponseEntity<JsonNode>> refused = List.of(
                call(AUDITOR, HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/note",
                        Map.of("value", "changed", "type", "String")),
                call(AUDITOR, HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/suspended",
                        Map.of("suspended", true)),
                call(AUDITOR, HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null),
                call(AUDITOR, HttpMethod.POST, "/engine-rest/task/" + task.get("id").asText() + "/complete",
                        Map.of("variables", Map.of())),
                call(AUDITOR, HttpMethod.POST, "/engine-rest/task/" + task.get("id").asText() + "/claim",
                        Map.of("userId", AUDITOR)),
                call(AUDITOR, HttpMethod.POST, "/engine-rest/process-definition/key/" + procedure + "/start",
                        Map.of()),
                call(AUDITOR, HttpMethod.POST, "/api/complaints", Map.of("procedure", procedure,
                        "receivedOn", "2026-11-20", "channel", "EMAIL", "complainant", Map.of("name", "X"),
                        "serviceArea", "Roads", "summary", "Pothole")));
        assertThat(refused).allSatisfy(response -> assertThat(response.getStatusCode().value())
                .as(String.valueOf(response.getBody())).isIn(401, 403, 404));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .active().count()).as("still running, not suspended").isOne();
        assertThat(processEngine.getRuntimeService().getVariable(instance, "note")).isNull();
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task.get("id").asText())
                .singleResult().getAssignee()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cockpit", "tasklist", "admin"})
    void auditorsUseCockpitOnly(String application) {
        boolean allowed = processEngine.getAuthorizationService().isUserAuthorized(AUDITOR, List.of(AUDITOR),
                Permissions.ACCESS, Resources.APPLICATION, application);
        assertThat(allowed).isEqualTo(application.equals("cockpit"));
    }
}
