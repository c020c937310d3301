package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import uk.redress.notification.Correspondence;
import uk.redress.notification.Route;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * Warwickshire children's services (seed 004, Children Act 1989): stage 1 10-20, stage 2 25-65 working days,
 * stage 3 panel 30 + report 5 + response 15 working days; across Christmas and Easter 2027.
 */
class WarwickshireChildrensStatutoryProcessTest extends WarwickshireProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_Respond";
    }

    @Override
    String procedure() {
        return "warwickshire-childrens-statutory";
    }

    private ComplaintScenario atStage2() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-01-20");
        c.complete("Task_AppointInvestigators", Map.of("investigatingOfficer", "warwickshire-childrens-complaints",
                "independentPerson", "A. Independent"));
        return c;
    }

    private ComplaintScenario atPanel() {
        ComplaintScenario c = atStage2();
        clockAt(day("2027-02-19"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-03-01");
        return c;
    }

    @Test
    void stage2_canBeDiscontinuedForNonResponse_byAServiceManager_inWriting() {
        // seed 004 section 7: the investigation or review can be stopped; the decision is sent in writing
        ComplaintScenario c = atStage2();
        clockAt(day("2027-02-01"));
        c.complete("Task_Respond", requestInformation());
        c.complete("Task_AwaitInformation", Map.of("informationOutcome", "discontinue", "contactAttempts", 3,
                "contactAttemptDetails", "Phone, email and letter"));
        BpmnAwareTests.assertThat(c.task("Task_DecideDiscontinuation")).hasCandidateGroup("warwickshire-service-managers");
        c.complete("Task_DecideDiscontinuation", Map.of("discontinueDecision", "discontinue", "discontinueReason", "No reply"));

        assertThat(c.record().getStage()).isEqualTo("discontinued");
        assertThat(letter(c, "discontinuation").getBody()).contains("decided to stop looking into your complaint");
        assertThat(c.running("escalation-window")).isEmpty();
        assertThat(firesOnlyAfter(c, "2028-02-01")).isEqualTo(1);
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("discontinued");
    }

    @Test
    void stage1_isDueIn10WorkingDays_andCannotBeExtendedPast20() {
        ComplaintScenario c = receive("2026-12-23");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("warwickshire-childrens-services");

        clockAt(day("2027-01-06"));
        assertThatThrownBy(() -> c.complete("Task_Respond", extendTo("2027-01-26")))
                .hasMessageContaining("maximum of 20 working days (2027-01-25)");
        c.complete("Task_Respond", extendTo("2027-01-25"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-01-25")));
    }

    @Test
    void stage1Response_byEmail_opensA20WorkingDayWindow_thatCloses() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());

        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-02-05"));
        assertThat(firesOnlyAfter(c, "2027-02-05")).isEqualTo(1);
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
    }

    @Test
    void stage2_investigatorsAppointedIn5_investigationDueIn25UpTo65WorkingDays() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-01-20");

        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.task("Task_AppointInvestigators").getDueDate()).isEqualTo(endOf(day("2027-01-27")));
        c.complete("Task_AppointInvestigators", Map.of("investigatingOfficer", "warwickshire-childrens-complaints",
                "independentPerson", "A. Independent"));

        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-02-24"));
        assertThat(c.task("Task_Respond").getAssignee()).isEqualTo("warwickshire-childrens-complaints");
        assertThat(firesOnlyAfter(c, "2027-02-24")).isEqualTo(1);
    }

    @Test
    void stage2Response_windowPasses_closesAfterStage2() {
        ComplaintScenario c = atStage2();
        clockAt(day("2027-02-19"));
        postOnly(c);
        c.complete("Task_Respond", respond());

        // posted Friday 19 February by the post room's second class, deemed received Wednesday 24 February
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-03-24"));
        List<Correspondence> responses = lettersTo(c, "stage-response");
        assertThat(responses).hasSize(2);
        assertThat(responses.get(1).getRoute()).isEqualTo(Route.POST);
        assertThat(responses.get(1).getBody()).contains("We have looked into your complaint and put things right.")
                .contains("24 March 2027");
        assertThat(firesOnlyAfter(c, "2027-03-24")).isEqualTo(1);
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
    }

    @Test
    void stage3Panel_within30_reportIn5_responseIn15WorkingDays_acrossEaster() {
        ComplaintScenario c = atPanel();

        assertThat(c.record().getStage()).isEqualTo("stage3");
        assertThat(c.dueOn("stage3-panel")).isEqualTo(day("2027-04-14"));
        assertThat(c.task("Task_HoldPanel").getDueDate()).isEqualTo(endOf(day("2027-04-14")));
        assertThat(firesOnlyAfter(c, "2027-04-14")).isEqualTo(1);
        assertThat(c.running("stage3-panel")).get().matches(d -> d.isBreached());

        c.complete("Task_HoldPanel", Map.of("panelHeldOn", "2027-04-15", "panelMembers", "Chair and two members"));
        assertThat(c.task("Task_WritePanelReport").getDueDate()).isEqualTo(endOf(day("2027-04-22")));
        clockAt(day("2027-04-16"));
        c.complete("Task_WritePanelReport", Map.of("panelRecommendations", "Apologise; review the plan."));

        assertThat(c.dueOn("stage3-response")).isEqualTo(day("2027-05-10"));
        // seed 004 Appendix 3: the report goes to the Assistant Director of Children's Services, who writes back
        BpmnAwareTests.assertThat(c.task("Task_RespondToPanel"))
                .hasCandidateGroup("warwickshire-childrens-assistant-director");
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(c.task("Task_RespondToPanel").getId()))
                .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                .doesNotContain("warwickshire-childrens-complaints");
        assertThat(firesOnlyAfter(c, "2027-05-10")).isEqualTo(1);
        assertThat(processEngine.getTaskService().getVariable(c.task("Task_RespondToPanel").getId(), "responseText"))
                .as("the stage 2 response is not offered as the panel's").isNull();
        c.complete("Task_RespondToPanel", Map.of("panelResponse", "Both accepted", "panelAction", "respond",
                "responseText", "The Assistant Director accepts both recommendations."));
        // the Assistant Director's response goes from Redress, with the Ombudsman's details
        assertThat(letter(c, "final-response").getBody())
                .contains("The Assistant Director accepts both recommendations.").contains("Ombudsman");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();

        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage3");
        assertThat(c.running("stage3-response")).isEmpty();
    }
}
