package uk.redress.exclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ConcurrentProceeding;
import uk.redress.complaint.IntakeRequest;
import uk.redress.complaint.Subject;

/** Screening as a complaint meets it: a repeat of an answered complaint, and concurrent proceedings from intake. */
class RepeatComplaintScreeningTest extends RedressSpringTest {

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ScreeningFactFinder facts;

    private Complaint receive(String email, String serviceArea, Subject subject,
                              java.util.Set<ConcurrentProceeding> proceedings) {
        return receive(new IntakeRequest.ComplainantDetails("Chris Carer", email, null, null, false), serviceArea,
                subject, proceedings);
    }

    private Complaint receive(IntakeRequest.ComplainantDetails who, String serviceArea, Subject subject,
                              java.util.Set<ConcurrentProceeding> proceedings) {
        clockAt(LocalDate.of(2026, 11, 2));
        return intake.receive(new IntakeRequest("warwickshire-adult-social-care", LocalDate.of(2026, 11, 2),
                Channel.EMAIL, who, serviceArea, "Care visits missed", null, LocalDate.of(2026, 10, 1), false, subject,
                proceedings));
    }

    private void answer(Complaint complaint) {
        String task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKey("Task_Respond").singleResult().getId();
        processEngine.getTaskService().complete(task, Map.of("responseAction", "respond", "responseOutcome", "not-upheld",
                "responseSummary", "Visits were made", "responseText", "The visits were made."));
    }

    private String summary(Complaint complaint) {
        Object summary = processEngine.getRuntimeService().getVariable(complaint.getProcessInstanceId(), "screeningSummary");
        return summary == null ? "" : summary.toString();
    }

    private boolean waitsForScreening(Complaint complaint) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(complaint.getProcessInstanceId())
                .taskDefinitionKey("Task_ConfirmScreening").count() == 1;
    }

    @Test
    void theSamePersonAboutTheSameServiceAfterAFinalResponse_isProposedAsARepeat() {
        Complaint first = receive("chris.carer@example.org", "Home care", null, null);
        answer(first);

        Complaint again = receive("CHRIS.CARER@example.org", "home care", null, null);
        assertThat(waitsForScreening(again)).isTrue();
        assertThat(summary(again)).contains("final written decision").contains(first.getReference());

        Complaint otherService = receive("chris.carer@example.org", "Day centres", null, null);
        assertThat(waitsForScreening(otherService)).isFalse();
    }

    /**
     * A complaint is screened by the rules of the version of its procedure it runs on (a complaint keeps the version
     * it started on when a newer one is deployed): the list of final outcomes comes from that version's diagram, and
     * only a screening step in another diagram reads the latest version's list.
     */
    @Test
    void theFinalOutcomesAreThoseOfTheDiagramTheComplaintRunsOn() throws Exception {
        Complaint first = receive("sam.version@example.org", "Respite care", null, null);
        answer(first);
        Complaint again = receive("sam.version@example.org", "Respite care", null, null);
        assertThat(summary(again)).contains(first.getReference());

        String diagram;
        try (var in = getClass().getResourceAsStream(
                "/redress-definitions/processes/warwickshire/warwickshire-adult-social-care.bpmn")) {
            diagram = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String otherList = diagram.replace("name=\"finalOutcomes\" value=\"responded-stage1\"",
                "name=\"finalOutcomes\" value=\"none-of-these\"");
        assertThat(otherList).isNotEqualTo(diagram);
        var runningOnOtherList = org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(
                new java.io.ByteArrayInputStream(otherList.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var running = processEngine.getRepositoryService().getBpmnModelInstance(processEngine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceId(again.getProcessInstanceId()).singleResult()
                .getProcessDefinitionId());
        var anotherDiagram = processEngine.getRepositoryService().getBpmnModelInstance(processEngine
                .getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("respond-within-deadline")
                .latestVersion().singleResult().getId());

        assertThat(facts.factsOf(again, running).earlierComplaint()).contains(first.getReference());
        assertThat(facts.factsOf(again, runningOnOtherList).earlierComplaint()).isEmpty();
        // a screening step outside the procedure's own diagram: the latest version's list
        assertThat(facts.factsOf(again, anotherDiagram).earlierComplaint()).contains(first.getReference());
    }

    @Test
    void theSamePersonIsKnownByTelephoneDigits_orByNameAndAddress_withoutAnEmail() {
        Complaint first = receive(new IntakeRequest.ComplainantDetails("Pat Phone", null, "(01926) 410410",
                "1 Market Place, Warwick", false), "Meals", null, null);
        answer(first);

        Complaint byPhone = receive(new IntakeRequest.ComplainantDetails("P Phone", null, "01926 410 410", null, false),
                "Meals", null, null);
        assertThat(summary(byPhone)).contains(first.getReference());
        Complaint byNameAndAddress = receive(new IntakeRequest.ComplainantDetails("pat  phone", null, null,
                "1 market place,  Warwick", false), "meals", null, null);
        assertThat(summary(byNameAndAddress)).contains(first.getReference());
        Complaint someoneElse = receive(new IntakeRequest.ComplainantDetails("Pat Phone", null, "01926 999999",
                "2 Market Place, Warwick", false), "Meals", null, null);
        assertThat(waitsForScreening(someoneElse)).isFalse();
    }

    @Test
    void concurrentCourtProceedingsAndASubjectForAnotherProcedure_areBothProposed() {
        Complaint complaint = receive("court.case@example.org", "Home care", Subject.COUNCILLOR_CONDUCT,
                java.util.Set.of(ConcurrentProceeding.COURT_OR_TRIBUNAL));
        assertThat(waitsForScreening(complaint)).isTrue();
        assertThat(summary(complaint)).contains("EXCLUDE: The issues are already part of legal or court proceedings")
                .contains("REDIRECT: Complaints about Councillors").contains("(to the Monitoring Officer)");
    }
}
