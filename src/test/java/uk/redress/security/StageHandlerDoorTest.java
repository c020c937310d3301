package uk.redress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import uk.redress.RedressSpringTest;
import uk.redress.notification.Audience;
import uk.redress.notification.CorrespondenceLog;

/**
 * The model procedure's stage 2 through Camunda's REST door, tried by the person who answered stage 1: a manager in
 * both teams may neither claim nor complete it; a colleague may.
 */
class StageHandlerDoorTest extends RedressSpringTest {

    private static final String MANAGER = "lgsco-code-door-manager";
    private static final String REVIEWERS = "lgsco-code-reviewing-officers";
    private static final String STAGE1_TEXT = "We have checked the repair log and the repair is booked for Monday.";
    private static final String STAGE2_TEXT = "Having reviewed the complaint afresh, we uphold it and apologise.";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    CorrespondenceLog log;

    @AfterEach
    void removeTheManager() {
        identity.deleteUser(MANAGER);
    }

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String url, Object body) {
        return StaffRest.call(http, user, method, url, body);
    }

    private Task open(String reference, String key) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(key).singleResult();
    }

    private static Map<String, Object> response(String text) {
        return Map.of("variables", Map.of("responseAction", Map.of("value", "respond"),
                "responseOutcome", Map.of("value", "upheld"), "responseSummary", Map.of("value", "We apologise"),
                "responseText", Map.of("value", text)));
    }

    private static Map<String, Object> response() {
        return response(STAGE2_TEXT);
    }

    /** The complainant's letters of that name: Redress sends each response with the officer's text. */
    private java.util.List<String> lettersTo(String reference, String letter) {
        return log.of(reference).stream().filter(sent -> sent.getLetter().equals(letter)
                && sent.getAudience() == Audience.COMPLAINANT).map(sent -> sent.getBody()).toList();
    }

    @Test
    void theStage1Handler_canNeitherClaimNorCompleteStage2_aColleagueCan() {
        User manager = identity.newUser(MANAGER);
        manager.setPassword(MANAGER);
        identity.saveUser(manager);
        identity.createMembership(MANAGER, "lgsco-code-investigating-officers");
        identity.createMembership(MANAGER, REVIEWERS);
        String reference = StaffRest.complaint(http, "lgsco-code");
        processEngine.getTaskService().complete(open(reference, "Task_AcknowledgeStage1").getId(),
                Map.of("acknowledged", true));
        String stage1 = "/engine-rest/task/" + open(reference, "Task_RespondStage1").getId();
        // an empty response is refused at the door naming the field, and no letter goes
        ResponseEntity<JsonNode> empty = call(MANAGER, HttpMethod.POST, stage1 + "/complete", response(" "));
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody().path("detail").asText()).contains("responseText", "empty");
        assertThat(lettersTo(reference, "stage-response")).isEmpty();
        assertThat(call(MANAGER, HttpMethod.POST, stage1 + "/complete", response(STAGE1_TEXT)).getStatusCode().value())
                .isEqualTo(204);
        assertThat(lettersTo(reference, "stage-response")).singleElement().asString().contains(STAGE1_TEXT)
                .contains("next stage");
        assertThat(lettersTo(reference, "right-to-escalate")).isEmpty();
        assertThat(call("demo", HttpMethod.POST, "/api/complaints/" + reference + "/escalations",
                Map.of("requestedOn", LocalDate.now(LONDON).toString())).getStatusCode().is2xxSuccessful()).isTrue();
        processEngine.getTaskService().complete(open(reference, "Task_AcknowledgeStage2").getId(),
                Map.of("acknowledged", true));
        String stage2 = "/engine-rest/task/" + open(reference, "Task_RespondStage2").getId();

        ResponseEntity<JsonNode> claim = call(MANAGER, HttpMethod.POST, stage2 + "/claim", Map.of("userId", MANAGER));
        ResponseEntity<JsonNode> complete = call(MANAGER, HttpMethod.POST, stage2 + "/complete", response());
        // and through the web apps' door, as Tasklist submits the form
        ResponseEntity<JsonNode> submitted = WebAppSession.signIn(http, MANAGER, MANAGER, "tasklist").call(
                HttpMethod.POST, "/task/" + open(reference, "Task_RespondStage2").getId() + "/submit-form", response());
        // the refusal comes from the diagram's task listener, which the engine wraps: the door answers it as the
        // caller's mistake, with the reason for Tasklist to show
        for (ResponseEntity<JsonNode> refused : java.util.List.of(claim, complete, submitted)) {
            assertThat(refused.getStatusCode().value()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.getBody().get("message").asText())
                    .contains("'" + MANAGER + "' handled this complaint at stage 1");
        }
        assertThat(open(reference, "Task_RespondStage2").getAssignee()).isNull();

        assertThat(call(REVIEWERS, HttpMethod.POST, stage2 + "/claim", Map.of("userId", REVIEWERS))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(call(REVIEWERS, HttpMethod.POST, stage2 + "/complete", response()).getStatusCode().value())
                .isEqualTo(204);
        assertThat(open(reference, "Task_RespondStage2")).isNull();
        assertThat(lettersTo(reference, "final-response")).singleElement().asString().contains(STAGE2_TEXT)
                .contains("Local Government and Social Care Ombudsman", "0300 061 0614").doesNotContain(STAGE1_TEXT);
        assertThat(lettersTo(reference, "ombudsman-signpost")).isEmpty();
    }
}
