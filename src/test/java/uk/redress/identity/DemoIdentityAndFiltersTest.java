package uk.redress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;

/** The demo profile's users come from the diagrams' groups and see their procedure's tasks through the filters. */
class DemoIdentityAndFiltersTest extends RedressSpringTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    TestRestTemplate http;

    private ResponseEntity<JsonNode> get(String user, String url) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private Complaint newComplaint() {
        return intake.receive(new IntakeRequest("harborough-corporate", LocalDate.of(2026, 11, 23), Channel.PHONE,
                new IntakeRequest.ComplainantDetails("Pat Caller", null, "01858 000111", null, false),
                "Parking", "Ticket machine broken", null, null, false, null, null));
    }

    @Test
    void everyGroupTheHarboroughDiagramUses_hasADemoUser() {
        for (String group : new String[]{"harborough-service-officers", "harborough-complaints-officers",
                "harborough-service-managers", "harborough-directors", "auditors"}) {
            assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
            assertThat(identityService.checkPassword(group, group)).as(group).isTrue();
            assertThat(identityService.createUserQuery().memberOfGroup(group).userId(group).count()).isEqualTo(1);
        }
        assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    }

    @Test
    void theTeamSeesItsTaskWithItsDueDate_throughTheSharedFilter_andOthersDoNot() {
        Complaint complaint = newComplaint();

        JsonNode filters = get("harborough-service-officers", "/engine-rest/filter?resourceType=Task").getBody();
        assertThat(filters.findValuesAsText("name"))
                .contains("My group's complaints by due date", "Overdue", "My complaints");
        String groupFilter = null;
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals("My group's complaints by due date")) {
                groupFilter = filter.get("id").asText();
            }
            // each task row names its complaint: reference, who complained, stage in words, service
            assertThat(filter.get("properties").get("variables").findValuesAsText("name"))
                    .containsExactly("reference", "complainantName", "stageLabel", "serviceArea");
        }
        JsonNode tasks = get("harborough-service-officers", "/engine-rest/filter/" + groupFilter + "/list").getBody();
        assertThat(tasks.findValuesAsText("processInstanceId")).contains(complaint.getProcessInstanceId());

        User stranger = identityService.newUser("stranger");
        stranger.setPassword("stranger");
        identityService.saveUser(stranger);
        try {
            JsonNode visible = get("stranger", "/engine-rest/task?processInstanceId=" + complaint.getProcessInstanceId())
                    .getBody();
            assertThat(visible).isEmpty();
        } finally {
            identityService.deleteUser("stranger");
        }
    }

    @Test
    void eachTaskCarriesWhoComplained_theStageInWords_andTheCaseSummaryItsFormShows() {
        Complaint complaint = newComplaint();
        String taskId = processEngine.getTaskService().createTaskQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult().getId();

        java.util.Map<String, Object> local = processEngine.getTaskService().getVariablesLocal(taskId);
        assertThat(local).containsEntry("complainantName", "Pat Caller").containsEntry("stageLabel", "Informal");
        assertThat(local.get("caseSummary").toString()).contains("Complainant: Pat Caller", "Phone: 01858 000111",
                "Received: 23 November 2026 (phone)", "Service: Parking", "Stage: Informal")
                .doesNotContain("Email:", "null");

        Complaint anonymous = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.of(2026, 11, 23),
                Channel.POST, new IntakeRequest.ComplainantDetails(null, null, null, null, true),
                "Parking", "Ticket machine broken", null, null, false, null, null));
        String anonymousTask = processEngine.getTaskService().createTaskQuery()
                .processInstanceId(anonymous.getProcessInstanceId()).singleResult().getId();
        assertThat(processEngine.getTaskService().getVariableLocal(anonymousTask, "complainantName"))
                .isEqualTo("Anonymous");
    }

    @Test
    void aTaskOfASharedStage_isVisibleToTheTeamTheProcedureNamed_andOnlyToThem() {
        Complaint complaint = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.of(2026, 11, 23),
                Channel.MP_OR_COUNCILLOR, new IntakeRequest.ComplainantDetails("Pat Caller", null, null, null, false),
                "Parking", "Rude attendant", null, null, false, null, null));
        processEngine.getTaskService().complete(processEngine.getTaskService().createTaskQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult().getId(),
                java.util.Map.of("stage1Route", "serviceManager"));

        String url = "/engine-rest/task?processInstanceBusinessKey=" + complaint.getReference();
        JsonNode managers = get("harborough-service-managers", url).getBody();
        assertThat(managers.findValuesAsText("taskDefinitionKey")).containsExactly("Task_Respond");
        assertThat(managers.get(0).get("name").asText()).isEqualTo("Investigate and respond at stage 1");
        assertThat(get("warwickshire-service-officers", url).getBody()).isEmpty();
    }

    @Test
    void theTeamCanCompleteItsTaskThroughTheRestApi() {
        Complaint complaint = newComplaint();
        String user = "harborough-service-officers";
        JsonNode task = get(user, "/engine-rest/task?processInstanceId=" + complaint.getProcessInstanceId()).getBody().get(0);

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"variables": {"informalOutcome": {"value": "resolved"},
                               "informalActionsSummary": {"value": "Machine repaired"},
                               "responseText": {"value": "We have repaired the machine."}}}""";
        ResponseEntity<String> completed = http.exchange("/engine-rest/task/" + task.get("id").asText() + "/complete",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(processEngine.getRuntimeService().createEventSubscriptionQuery()
                .processInstanceId(complaint.getProcessInstanceId()).eventName("EscalationRequested").count()).isEqualTo(1);
    }
}
