package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;
import uk.redress.notification.CorrespondenceLog;

/**
 * A response letter is written in the task form, previewed in the workspace exactly as it will be sent, and sent
 * with the officer's text in the council's letter; an empty response is refused, and the preview is for the
 * procedure's working teams only.
 */
class ResponsePreviewPageTest extends RedressSpringTest {

    private static final String OFFICER = "harborough-service-officers";
    private static final String TEXT = "We emptied the bins on Mill Lane on 2 December and have spoken to the crew.";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    CorrespondenceLog log;
    @Autowired
    TestRestTemplate http;

    private String harboroughComplaint() {
        return intake.receive(new IntakeRequest("harborough-corporate", LocalDate.now(LONDON), Channel.PHONE,
                new IntakeRequest.ComplainantDetails("Robin Response", "robin@example.org", null, null, false),
                "Waste", "Bins not emptied for three weeks", null, null, false, null, Set.of())).getReference();
    }

    private String taskOf(String reference) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult()
                .getId();
    }

    @Test
    void thePreview_showsTheCouncilsLetterWithTheOfficersText_andSavingPutsItOnTheTask() {
        String reference = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        String page = "/complaints/" + reference + "/response";
        assertThat(officer.get(page).status()).isEqualTo(200);

        StaffSession.Page preview = officer.submit(page, page, List.of(Map.entry("responseText", TEXT)));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("The letter as it will be sent", "Our response to your concern - reference "
                + reference, "Dear Robin Response", TEXT, "Harborough District Council", "make a formal complaint");
        assertThat(processEngine.getTaskService().getVariable(taskOf(reference), "responseText"))
                .as("a preview saves nothing").isNull();

        StaffSession.Page pdf = officer.submit(page, page + "/pdf", List.of(Map.entry("responseText", TEXT)));
        assertThat(pdf.body()).startsWith("%PDF");

        StaffSession.Page saved = officer.submit(page, page, List.of(Map.entry("responseText", TEXT),
                Map.entry("save", "save")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(officer.follow(saved).body()).contains("Response saved to the task", TEXT);
        assertThat(processEngine.getTaskService().getVariable(taskOf(reference), "responseText")).isEqualTo(TEXT);
    }

    @Test
    void anEmptyResponse_isRefusedOnThePage_andNothingIsSaved() {
        String reference = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        String page = "/complaints/" + reference + "/response";
        StaffSession.Page refused = officer.submit(page, page, List.of(Map.entry("responseText", "   "),
                Map.entry("save", "save")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#responseText\">Write the response to the complainant");
        assertThat(processEngine.getTaskService().getVariable(taskOf(reference), "responseText")).isNull();
    }

    @Test
    void completingTheTaskWithAnEmptyResponse_isRefused_andWithTextTheLetterCarriesIt() throws Exception {
        String reference = harboroughComplaint();
        String task = taskOf(reference);
        processEngine.getTaskService().claim(task, OFFICER);

        ResponseEntity<String> refused = complete(task, Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Bins emptied", "responseText", " "));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("responseText").contains("empty");
        ResponseEntity<String> missing = complete(task, Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Bins emptied"));
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(log.of(reference)).noneMatch(letter -> letter.getLetter().equals("informal-response"));

        ResponseEntity<String> done = complete(task, Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Bins emptied", "responseText", TEXT));
        assertThat(done.getStatusCode().value()).isEqualTo(204);
        assertThat(log.of(reference)).filteredOn(letter -> letter.getLetter().equals("informal-response"))
                .singleElement().satisfies(letter -> assertThat(letter.getBody())
                        .startsWith("Dear Robin Response").contains(TEXT).contains("formal complaint"));
    }

    @Test
    void anotherCouncilsOfficer_findsNothing_andAuditorsMayNotWriteTheResponse() {
        String reference = harboroughComplaint();
        String page = "/complaints/" + reference + "/response";
        assertThat(StaffSession.signedIn(port, "warwickshire-service-officers").get(page).status()).isEqualTo(404);
        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.get(page).status()).isEqualTo(403);
        assertThat(auditor.submit("/complaints", page, List.of(Map.entry("responseText", TEXT),
                Map.entry("save", "save"))).status()).isEqualTo(403);
        assertThat(processEngine.getTaskService().getVariable(taskOf(reference), "responseText")).isNull();
    }

    @Test
    void anotherTeamOfTheSameCouncil_whomTheEngineDoesNotLetReadTheStep_mayNeitherReadNorWriteItsDraft() {
        // Warwickshire's stage 1 is answered in the shared stage, whose tasks only their own team may read
        String reference = intake.receive(new IntakeRequest("warwickshire-general", LocalDate.now(LONDON),
                Channel.PHONE, new IntakeRequest.ComplainantDetails("Wren Warwick", "wren@example.org", null, null,
                false), "Highways", "The pothole on Mill Road is still there", null, null, false, null, Set.of()))
                .getReference();
        String page = "/complaints/" + reference + "/response";
        assertThat(StaffSession.signedIn(port, "warwickshire-service-officers").submit(page, page,
                List.of(Map.entry("responseText", TEXT), Map.entry("save", "save"))).status()).isEqualTo(302);
        StaffSession otherTeam = StaffSession.signedIn(port, "warwickshire-customer-relations");

        assertThat(otherTeam.get(page).status()).isEqualTo(404);
        assertThat(otherTeam.submit("/complaints", page, List.of(Map.entry("responseText", "Not ours to write"),
                Map.entry("save", "save"))).status()).isEqualTo(404);
        assertThat(otherTeam.submit("/complaints", page + "/pdf", List.of(Map.entry("responseText", "x")))
                .status()).isEqualTo(404);
        assertThat(processEngine.getTaskService().getVariable(taskOf(reference), "responseText")).isEqualTo(TEXT);
    }

    private ResponseEntity<String> complete(String task, Map<String, String> values) throws Exception {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(OFFICER, OFFICER);
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = new ObjectMapper().writeValueAsString(Map.of("variables", variables));
        return http.exchange("/engine-rest/task/" + task + "/complete", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }
}
