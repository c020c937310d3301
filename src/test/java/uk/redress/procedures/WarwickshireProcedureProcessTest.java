package uk.redress.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.problem.Conflict;

/**
 * What the three Warwickshire procedures share at stage 1 (seed 004 sections 7 and 9): discontinuing a complaint
 * whose customer stops responding, after three contact attempts and a Service Manager's decision, and re-opening it.
 */
abstract class WarwickshireProcedureProcessTest extends ProcedureProcessTest {

    @Autowired
    uk.redress.caseevent.Withdrawals withdrawals;

    ComplaintScenario discontinued() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2027-01-04"));
        c.complete("Task_Respond", requestInformation());
        assertThatThrownBy(() -> c.complete("Task_AwaitInformation", Map.of("informationOutcome", "discontinue",
                "contactAttempts", 2))).hasMessageContaining("at least 3 attempts");
        c.complete("Task_AwaitInformation", Map.of("informationOutcome", "discontinue", "contactAttempts", 3,
                "contactAttemptDetails", "Phone 5 Jan, email 7 Jan, letter 12 Jan"));
        BpmnAwareTests.assertThat(c.task("Task_DecideDiscontinuation")).hasCandidateGroup("warwickshire-service-managers");
        c.complete("Task_DecideDiscontinuation", Map.of("discontinueDecision", "keepWaiting", "discontinueReason", "Try once more"));
        c.complete("Task_AwaitInformation", Map.of("informationOutcome", "discontinue", "contactAttempts", 4));
        clockAt(day("2027-01-20"));
        c.complete("Task_DecideDiscontinuation", Map.of("discontinueDecision", "discontinue", "discontinueReason", "No reply"));
        return c;
    }

    @Test
    void atStage1_theOfficerMayDecideTheProcedureDoesNotApply_andTheCustomerIsToldWhy() {
        // seed 004 section 2a-b: after initial conversations, a decision whether the procedure should be used
        ComplaintScenario c = receive("2026-12-23");
        c.complete("Task_Respond", Map.of("responseAction", "exclude",
                "screeningReason", "You disagree with a planning decision, which has its own appeal"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("excluded");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(letter(c, "exclusion").getBody()).contains("planning decision, which has its own appeal");
    }

    @Test
    void noResponseAfterThreeAttempts_theServiceManagerDiscontinues_andAManagerMayReopenWithAFreshDeadline() {
        ComplaintScenario c = discontinued();
        assertThat(c.record().getStage()).isEqualTo("discontinued");
        // seed 004 section 7: the Service Manager's decision is sent in writing
        assertThat(letter(c, "discontinuation").getBody()).contains("decided to stop looking into your complaint");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(c.openTasks()).isEmpty();

        clockAt(day("2027-02-01"));
        withdrawals.reopen(c.record(), new uk.redress.caseevent.ReopeningRequest("Jo Manager", "Was in hospital"));
        assertThat(c.record().getStage()).isEqualTo("stage1");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-02-15"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-02-15")));
        assertThatThrownBy(() -> withdrawals.reopen(c.record(), new uk.redress.caseevent.ReopeningRequest("Jo", "Again")))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aDiscontinuedComplaintNotReopenedWithin12Months_isClosed() {
        ComplaintScenario c = discontinued();
        assertThat(firesOnlyAfter(c, "2028-01-20")).isEqualTo(1);
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("discontinued");
    }


    @Autowired
    uk.redress.caseevent.Suspensions suspensions;

    @Test
    void suspension_acrossChristmas_stopsTheClockAndTheTimers_andResumingMovesThemByTheSuspendedWorkingDays() {
        clockAt(day("2026-12-14"));
        ComplaintScenario c = receive("2026-12-14");
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2026-12-30"));

        clockAt(day("2026-12-21"));
        suspensions.suspend(c.record(), new uk.redress.caseevent.SuspensionRequest(uk.redress.complaint.ConcurrentProceeding.SAFEGUARDING, "Service Manager", null));
        assertThat(c.record().getStatus()).isEqualTo(uk.redress.complaint.ComplaintStatus.SUSPENDED);
        assertThat(c.running("stage1-response")).get().matches(d -> d.getState() == uk.redress.deadline.DeadlineState.PAUSED);
        assertThatThrownBy(() -> c.complete("Task_Respond", respond())).hasMessageContaining("suspended");
        clockAt(day("2026-12-31"), JUST_AFTER_MIDNIGHT);
        assertThat(runDueJobs(c.reference())).as("no timer fires while suspended").isZero();

        // suspended 22, 23, 24, 29, 30, 31 December and 4 January: seven working days
        clockAt(day("2027-01-04"));
        suspensions.resume(c.record());
        assertThat(c.record().getStatus()).isEqualTo(uk.redress.complaint.ComplaintStatus.OPEN);
        assertThat(c.dueOn("stage1-response")).isEqualTo(day("2027-01-11"));
        assertThat(c.task("Task_Respond").getDueDate()).isEqualTo(endOf(day("2027-01-11")));
        assertThat(firesOnlyAfter(c, "2027-01-11")).as("the overdue timer moved with its clock").isEqualTo(1);
    }

}
