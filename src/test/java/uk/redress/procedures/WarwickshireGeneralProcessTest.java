package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.caseevent.SuspensionRequest;
import uk.redress.caseevent.Suspensions;
import uk.redress.complaint.ConcurrentProceeding;
import uk.redress.deadline.DeadlineState;
import uk.redress.problem.Conflict;
import uk.redress.complaint.ComplaintStatus;

/**
 * Warwickshire County Council general complaints (seed 004): stage 1 10 (up to 30) working days, a stage 2 review
 * that is not automatic, windows from the deemed receipt of a response. Received Wednesday 23 December 2026.
 */
class WarwickshireGeneralProcessTest extends WarwickshireProcedureProcessTest {

    @Override
    String firstTask() {
        return "Task_Respond";
    }

    @Override
    String procedure() {
        return "warwickshire-general";
    }

    @Test
    void intake_opensStage1Due10WorkingDaysLater_acrossChristmas() {
        ComplaintScenario c = receive("2026-12-23");

        assertThat(c.record().getReference()).matches("WCC-2026-\\d{6}");
        assertThat(c.record().getStage()).isEqualTo("stage1");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("warwickshire-service-officers");
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-01-11")));
        assertThat(firesOnlyAfter(c, "2027-01-11")).isEqualTo(1);
        assertThat(c.running("stage1-response")).get().matches(d -> d.isBreached());
    }

    @Autowired
    Suspensions suspensions;

    @Test
    void suspension_isRefusedWhenTheComplaintIsNotOpen_orAlreadySuspended() {
        ComplaintScenario c = receive("2026-12-23");
        suspensions.suspend(c.record(), new SuspensionRequest(ConcurrentProceeding.COURT_OR_TRIBUNAL, "Service Manager", null));
        assertThatThrownBy(() -> suspensions.suspend(c.record(),
                new SuspensionRequest(ConcurrentProceeding.COURT_OR_TRIBUNAL, "Service Manager", null)))
                .isInstanceOf(Conflict.class);
        suspensions.resume(c.record());
        assertThatThrownBy(() -> suspensions.resume(c.record())).isInstanceOf(Conflict.class);
    }

    @Test
    void extension_upTo30WorkingDays_isAllowed_beyondIsRefused() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-06"));

        assertThatThrownBy(() -> c.complete("Task_Respond", extendTo("2027-02-09")))
                .hasMessageContaining("past the maximum of 30 working days (2027-02-08)");
        c.complete("Task_Respond", extendTo("2027-02-08"));

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-08"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-02-08")));
    }

    @Test
    void askingForInformation_doesNotStopTheClock() {
        // seed 004 has no stopped clock (only Harborough's 9.27 does): the deadline stays where it was
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-04"));
        c.complete("Task_Respond", requestInformation());
        assertThat(c.task("Task_AwaitInformation").getDueDate()).isEqualTo(endOf(day("2027-01-18")));
        assertThat(c.running("stage1-response")).get().matches(d -> d.getState() == DeadlineState.OPEN);

        clockAt(day("2027-01-07"));
        c.complete("Task_AwaitInformation", Map.of("informationReceived", "Photos"));

        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-01-11")));
        assertThat(correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(c.reference()))
                .extracting(uk.redress.notification.Correspondence::getLetter).doesNotContain("response-date");
    }

    @Test
    void stage1Response_sentByRedressByEmail_carriesTheOfficersText_windowRuns20WorkingDaysFromThatDay() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());

        // emailed Friday 8 January, deemed received that day, window to 5 February
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-02-05"));
        assertThat(letter(c, "stage-response").getRoute()).isEqualTo(uk.redress.notification.Route.EMAIL);
        assertThat(letter(c, "stage-response").getBody())
                .contains("We have looked into your complaint and put things right.").contains("5 February 2027");
        assertThat(lettersTo(c, "right-to-escalate")).isEmpty();
    }

    @Test
    void stage1Response_sentByRedressBySecondClassPost_windowRuns20WorkingDaysFromTheThirdWorkingDay() {
        ComplaintScenario c = receive("2026-12-23");
        postOnly(c);
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());

        // posted Friday 8 January (the post room's second class), deemed received Wednesday 13 January,
        // window to 10 February: from the way Redress sent it, whatever staff might have said
        assertThat(c.dueOn("escalation-window")).isEqualTo(day("2027-02-10"));
        assertThat(letter(c, "stage-response").getRoute()).isEqualTo(uk.redress.notification.Route.POST);
        assertThat(letter(c, "stage-response").getBody()).contains("10 February 2027");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(firesOnlyAfter(c, "2027-02-10")).isEqualTo(1);
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage1");
    }

    @Test
    void stage1Response_withoutText_isRefused_andNothingGoes() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        Map<String, Object> empty = new java.util.HashMap<>(respond());
        empty.remove("responseText");
        assertThatThrownBy(() -> c.complete("Task_Respond", empty)).hasMessageContaining("response");
        assertThat(lettersTo(c, "stage-response")).isEmpty();
        assertThat(c.task("Task_Respond")).isNotNull();
    }

    @Test
    void stage2Request_withoutGoodReason_isRefusedWithin10WorkingDays() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-01-20");

        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.task("Task_AssessStage2Request").getDueDate()).isEqualTo(endOf(day("2027-02-03")));
        c.complete("Task_AssessStage2Request", Map.of("reviewDecision", "refuse",
                "reviewDecisionReasons", "The response answered each point."));

        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("stage2-refused");
        assertThat(c.record().getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        // seed 004 section 3: the decision not to escalate "will be explained", in the officer's own reasons
        assertThat(letter(c, "escalation-refused").getBody())
                .contains("Our reasons are: The response answered each point.");
    }

    @Test
    void stage2Review_canBeDiscontinued_byAServiceManager_inWriting_andReopenedAtStage2() {
        // seed 004 section 7: "stop the investigation or review of a complaint"
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-01-20");
        c.complete("Task_AssessStage2Request", Map.of("reviewDecision", "accept",
                "reviewDecisionReasons", "The response did not address the missed collections."));
        clockAt(day("2027-01-25"));
        c.complete("Task_Respond", requestInformation());
        c.complete("Task_AwaitInformation", Map.of("informationOutcome", "discontinue", "contactAttempts", 3,
                "contactAttemptDetails", "Phone 26 Jan, email 28 Jan, letter 2 Feb"));
        BpmnAwareTests.assertThat(c.task("Task_DecideDiscontinuation")).hasCandidateGroup("warwickshire-service-managers");
        c.complete("Task_DecideDiscontinuation", Map.of("discontinueDecision", "discontinue", "discontinueReason", "No reply"));

        assertThat(c.record().getStage()).isEqualTo("discontinued");
        assertThat(c.running("stage2-response")).isEmpty();
        assertThat(letter(c, "discontinuation").getBody()).contains("decided to stop looking into your complaint");

        clockAt(day("2027-02-15"));
        withdrawals.reopen(c.record(), new uk.redress.caseevent.ReopeningRequest("Jo Manager", "Was abroad"));
        assertThat(c.record().getStage()).isEqualTo("stage2");
        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-01"));
    }

    @Test
    void stage2Review_accepted_isAnsweredIn30WorkingDays_thenOmbudsman() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-08"));
        c.complete("Task_Respond", respond());
        escalate(c, "2027-01-20");
        c.complete("Task_AssessStage2Request", Map.of("reviewDecision", "accept",
                "reviewDecisionReasons", "The response did not address the missed collections."));

        assertThat(c.dueOn("stage2-response")).isEqualTo(day("2027-03-03"));
        BpmnAwareTests.assertThat(c.task("Task_Respond")).hasCandidateGroup("warwickshire-customer-relations");
        assertThat(firesOnlyAfter(c, "2027-03-03")).isEqualTo(1);
        c.complete("Task_Respond", Map.of("responseAction", "respond", "responseOutcome", "upheld",
                "responseSummary", "Review upheld", "responseText", "Our review found the collections were missed."));

        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("responded-stage2");
        assertThat(letter(c, "final-response").getBody())
                .contains("Our review found the collections were missed.").contains("Ombudsman");
        assertThat(lettersTo(c, "ombudsman-signpost")).isEmpty();
    }
}
