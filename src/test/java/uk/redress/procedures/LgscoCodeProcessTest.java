package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The model procedure meeting the Ombudsman's Complaint Handling Code: acknowledged in 5 working days at both stages,
 * stage 1 answered 10 working days after the acknowledgement (at most 10 more), stage 2 20 after its acknowledgement
 * (at most 20 more), extension letters giving the Ombudsman, each response written by the officer and sent by Redress
 * (stage-response with how to ask for stage 2, final-response with the Ombudsman), and stage 2 refused to whoever
 * handled stage 1.
 * Received Wednesday 23 December 2026: Christmas Day, the Boxing Day substitute (Monday 28) and New Year's Day are
 * not working days.
 */
class LgscoCodeProcessTest extends ProcedureProcessTest {

    private static final String COMPLAINTS = "lgsco-code-complaints-team";
    private static final String INVESTIGATORS = "lgsco-code-investigating-officers";
    private static final String REVIEWERS = "lgsco-code-reviewing-officers";
    /** A manager in both teams: the Code still keeps them from stage 2 of a complaint they answered at stage 1. */
    private static final String BOTH = "lgsco-code-test-manager";

    @Autowired
    IdentityService identity;

    @Override
    String procedure() {
        return "lgsco-code";
    }

    @Override
    String firstTask() {
        return "Task_AcknowledgeStage1";
    }

    @AfterEach
    void signOutOfTheEngine() {
        identity.clearAuthentication();
        if (identity.createUserQuery().userId(BOTH).count() > 0) {
            identity.deleteUser(BOTH);
        }
    }

    private ComplaintScenario acknowledgedOn30December() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2026-12-30"));
        c.complete("Task_AcknowledgeStage1", Map.of("acknowledged", true));
        return c;
    }

    private ComplaintScenario answeredAtStage1On7January() {
        ComplaintScenario c = acknowledgedOn30December();
        clockAt(day("2027-01-07"));
        c.complete("Task_RespondStage1", respond());
        return c;
    }

    private ComplaintScenario atStage2AcknowledgedOn3February() {
        ComplaintScenario c = answeredAtStage1On7January();
        escalate(c, "2027-02-01");
        clockAt(day("2027-02-03"));
        c.complete("Task_AcknowledgeStage2", Map.of("acknowledged", true));
        return c;
    }

    @Test
    void intake_asksForAnAcknowledgementWithin5WorkingDays_andNoResponseClockUntilThen() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(c.record().getReference()).matches("LGC-2026-\\d{6}");
        assertThat(c.record().getStage()).isEqualTo("stage1");
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2027-01-04"));
        assertThat(c.task("Task_AcknowledgeStage1").getDueDate()).isEqualTo(endOf(day("2027-01-04")));
        BpmnAwareTests.assertThat(c.task("Task_AcknowledgeStage1")).hasCandidateGroup(COMPLAINTS);
        assertThat(c.running("stage1-response")).isEmpty();
    }

    @Test
    void stage1AcknowledgementOverdue_isRecordedAfterWorkingDay5() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(firesOnlyAfter(c, "2027-01-04")).isPositive();
        assertThat(c.running("acknowledgement")).get().matches(d -> d.isBreached());
        assertThat(c.hasTask("Task_AcknowledgeStage1")).isTrue();
        c.complete("Task_AcknowledgeStage1", Map.of("acknowledged", true));
        assertThat(c.running("acknowledgement")).isEmpty();
    }

    @Test
    void stage1Response_isDue10WorkingDaysAfterTheAcknowledgement_andTheLetterSaysWhen() {
        ComplaintScenario c = acknowledgedOn30December();

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-14"));
        BpmnAwareTests.assertThat(c.task("Task_RespondStage1")).hasCandidateGroup(INVESTIGATORS);
        assertThat(c.task("Task_RespondStage1").getDueDate()).isEqualTo(endOf(day("2027-01-14")));
        assertThat(letter(c, "acknowledgement").getBody()).contains("Thursday 14 January 2027");
        assertThat(firesOnlyAfter(c, "2027-01-14")).isPositive();
        assertThat(c.running("stage1-response")).get().matches(d -> d.isBreached());
        assertThat(c.hasTask("Task_RespondStage1")).isTrue();
    }

    @Test
    void stage1_extendsBy10WorkingDaysAtMost_andTheLetterGivesTheReasonAndTheOmbudsman() {
        ComplaintScenario c = acknowledgedOn30December();

        assertThatThrownBy(() -> c.complete("Task_RespondStage1", extension("2027-01-29")))
                .hasMessageContaining("maximum of 20 working days (2027-01-28)");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-14"));
        c.complete("Task_RespondStage1", extension("2027-01-28"));

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-28"));
        assertThat(c.task("Task_RespondStage1").getDueDate()).isEqualTo(endOf(day("2027-01-28")));
        assertThat(lettersTo(c, "stage-response")).as("an extension sends no response").isEmpty();
        assertThat(letter(c, "extension").getBody()).contains("Thursday 28 January 2027",
                "The reason is: Two services are involved", "Local Government and Social Care Ombudsman",
                "0300 061 0614", "www.lgo.org.uk");
        assertThat(firesOnlyAfter(c, "2027-01-28")).isPositive();
    }

    @Test
    void stage1Response_withoutTheOfficersText_isRefused_andNothingIsSent() {
        ComplaintScenario c = acknowledgedOn30December();
        clockAt(day("2027-01-07"));
        Map<String, Object> empty = new java.util.HashMap<>(respond());
        empty.put("responseText", " ");
        Map<String, Object> missing = new java.util.HashMap<>(respond());
        missing.remove("responseText");

        for (Map<String, Object> refused : List.of(empty, missing)) {
            assertThatThrownBy(() -> c.complete("Task_RespondStage1", refused))
                    .hasMessageContaining("Write the response to the complainant");
        }
        assertThat(c.hasTask("Task_RespondStage1")).isTrue();
        assertThat(c.running("stage1-response")).isPresent();
        assertThat(lettersTo(c, "stage-response")).isEmpty();
    }

    @Test
    void noStage2RequestWithinTwelveMonths_closesTheComplaintAfterStage1() {
        ComplaintScenario c = answeredAtStage1On7January();

        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2028-01-07"));
        // the officer's response goes from Redress, with the right to ask for stage 2 and its last day
        assertThat(letter(c, "stage-response").getBody()).startsWith("Dear ")
                .contains("We have looked into your complaint and put things right.", "next stage", "7 January 2028");
        assertThat(lettersTo(c, "right-to-escalate")).isEmpty();
        assertThat(firesOnlyAfter(c, "2028-01-07")).isEqualTo(1);
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
    }

    @Test
    void stage2_acknowledgedIn5WorkingDays_thenAnswered20WorkingDaysAfterTheAcknowledgement() {
        ComplaintScenario c = answeredAtStage1On7January();
        escalate(c, "2027-02-01");

        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.dueOn("acknowledgement")).isEqualTo(day("2027-02-08"));
        assertThat(firesOnlyAfter(c, "2027-02-08")).isPositive();
        assertThat(c.running("acknowledgement")).get().matches(d -> d.isBreached());
        clockAt(day("2027-02-09"));
        c.complete("Task_AcknowledgeStage2", Map.of("acknowledged", true));

        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-09"));
        BpmnAwareTests.assertThat(c.task("Task_RespondStage2")).hasCandidateGroup(REVIEWERS);
        assertThat(firesOnlyAfter(c, "2027-03-09")).isPositive();
        assertThat(c.running("stage2-response")).get().matches(d -> d.isBreached());

        assertThat(processEngine.getTaskService().getVariable(c.task("Task_RespondStage2").getId(), "responseText"))
                .as("the stage 1 response is not offered as the stage 2 one").isNull();
        c.complete("Task_RespondStage2", Map.of("responseAction", "respond", "responseOutcome", "upheld",
                "responseSummary", "Review upheld", "responseText", "Our review upholds your complaint."));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
        // the reviewer's final response goes from Redress with the Ombudsman's details
        assertThat(letter(c, "final-response").getBody()).contains("Our review upholds your complaint.",
                "Local Government and Social Care Ombudsman", "0300 061 0614", "www.lgo.org.uk");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();
        assertThat(lettersTo(c, "stage-response")).hasSize(1);
    }

    @Test
    void stage2_extendsBy20WorkingDaysAtMost_withTheOmbudsmanInTheLetter() {
        ComplaintScenario c = atStage2AcknowledgedOn3February();
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-03"));

        // 40 working days after 3 February 2027, Good Friday (26 March) and Easter Monday (29 March) not counted
        assertThatThrownBy(() -> c.complete("Task_RespondStage2", extension("2027-04-05")))
                .hasMessageContaining("maximum of 40 working days (2027-04-02)");
        // a draft saved from the preview page before extending is still there when the step comes back
        processEngine.getTaskService().setVariable(c.task("Task_RespondStage2").getId(), "responseText", "A draft");
        c.complete("Task_RespondStage2", extension("2027-04-02"));
        assertThat(c.task("Task_RespondStage2").getDueDate()).isEqualTo(endOf(day("2027-04-02")));
        assertThat(letter(c, "extension").getBody()).contains("Friday 2 April 2027", "0300 061 0614");
        assertThat(lettersTo(c, "final-response")).isEmpty();
        assertThat(processEngine.getTaskService().getVariable(c.task("Task_RespondStage2").getId(), "responseText"))
                .isEqualTo("A draft");
    }

    @Test
    void stage2_isRefusedToWhoeverHandledStage1_evenAManagerInBothTeams() {
        identity.saveUser(identity.newUser(BOTH));
        identity.createMembership(BOTH, INVESTIGATORS);
        identity.createMembership(BOTH, REVIEWERS);
        ComplaintScenario c = acknowledgedOn30December();
        clockAt(day("2027-01-07"));
        identity.setAuthentication(BOTH, List.of(INVESTIGATORS, REVIEWERS));
        c.complete("Task_RespondStage1", respond());
        identity.clearAuthentication();
        assertThat(processEngine.getRuntimeService().getVariable(c.processInstanceId(), "stage1Handlers"))
                .isEqualTo(BOTH);
        escalate(c, "2027-02-01");
        c.complete("Task_AcknowledgeStage2", Map.of("acknowledged", true));
        String stage2 = c.task("Task_RespondStage2").getId();

        assertThatThrownBy(() -> processEngine.getTaskService().claim(stage2, BOTH))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("handled this complaint at stage 1");
        assertThat(c.task("Task_RespondStage2").getAssignee()).isNull();
        identity.setAuthentication(BOTH, List.of(INVESTIGATORS, REVIEWERS));
        assertThatThrownBy(() -> c.complete("Task_RespondStage2", respond()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("'" + BOTH + "'");
        identity.clearAuthentication();
        assertThat(c.ended()).isFalse();

        processEngine.getTaskService().claim(stage2, REVIEWERS);
        identity.setAuthentication(REVIEWERS, List.of(REVIEWERS));
        c.complete("Task_RespondStage2", respond());
        identity.clearAuthentication();
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
    }

    private static Map<String, Object> extension(String date) {
        return Map.of("responseAction", "extend", "extendedTo", date,
                "extensionReason", "Two services are involved");
    }
}
