package uk.redress.procedures;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.Escalations;
import uk.redress.caseevent.WithdrawalRequest;
import uk.redress.caseevent.Withdrawals;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.notification.Audience;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** What every procedure's process test needs: intake, the clock, escalation requests and standard answers. */
abstract class ProcedureProcessTest extends RedressSpringTest {

    static final LocalTime JUST_BEFORE_MIDNIGHT = LocalTime.of(23, 0);
    static final LocalTime JUST_AFTER_MIDNIGHT = LocalTime.of(0, 0, 30);

    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    DeadlineRepository deadlines;
    @Autowired
    Escalations escalations;
    @Autowired
    Withdrawals withdrawals;
    @Autowired
    CorrespondenceRepository correspondence;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The complainant gave a postal address only: Redress's letters to them go by post. */
    void postOnly(ComplaintScenario c) {
        assertThat(jdbc.update("update complaint set complainant_email = null where reference = ?", c.reference()))
                .isEqualTo(1);
    }

    /** The letters of that name queued for the complainant, oldest first (a stage's response may go twice). */
    List<Correspondence> lettersTo(ComplaintScenario c, String letter) {
        return correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(c.reference()).stream()
                .filter(l -> l.getLetter().equals(letter) && l.getAudience() == Audience.COMPLAINANT).toList();
    }

    /** The one letter of that name queued for the complaint (the delivery itself is LetterOutboxTest's). */
    Correspondence letter(ComplaintScenario c, String letter) {
        List<Correspondence> letters = correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(c.reference())
                .stream().filter(l -> l.getLetter().equals(letter)).toList();
        assertThat(letters).as(letter + " letters to " + c.reference()).hasSize(1);
        assertThat(letters.get(0).getAudience()).isEqualTo(Audience.COMPLAINANT);
        return letters.get(0);
    }

    abstract String procedure();

    ComplaintScenario receive(String receivedOn, Channel channel, boolean aboutStaffBehaviour) {
        clockAt(day(receivedOn));
        return ComplaintScenario.receive(processEngine, intake, complaints, deadlines, procedure(), day(receivedOn),
                channel, aboutStaffBehaviour);
    }

    /** A complaint about something that happened two years before: every council's table proposes a ground. */
    ComplaintScenario receiveOldComplaint(String receivedOn) {
        clockAt(day(receivedOn));
        return ComplaintScenario.receive(processEngine, intake, complaints, deadlines, procedure(), day(receivedOn),
                Channel.EMAIL, false, day(receivedOn).minusYears(2));
    }

    /** The first task a complaint accepted for the procedure reaches. */
    abstract String firstTask();

    @Test
    void screening_anOldComplaint_isExcludedWhenTheOfficerConfirms() {
        ComplaintScenario c = receiveOldComplaint("2026-12-23");
        assertThat(c.openTasks()).containsExactly("Task_ConfirmScreening (Confirm or override the exclusion proposal)");
        assertThat(c.task("Task_ConfirmScreening").getDueDate()).isEqualTo(endOf(day("2026-12-29")));
        assertThat(processEngine.getRuntimeService().getVariable(c.processInstanceId(), "screeningSummary").toString())
                .contains("EXCLUDE");

        c.complete("Task_ConfirmScreening", Map.of("screeningDecision", "exclude",
                "screeningReason", "Happened two years ago; no exceptional circumstances"));
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("excluded");
        assertThat(c.running("stage1-response")).isEmpty();
        assertThat(letter(c, "exclusion").getBody()).contains("Happened two years ago; no exceptional circumstances");
    }

    @Test
    void screening_theOfficerMayRedirect() {
        ComplaintScenario c = receiveOldComplaint("2026-12-23");
        c.complete("Task_ConfirmScreening", Map.of("screeningDecision", "redirect",
                "redirectDestination", "Another procedure", "screeningReason", "Belongs elsewhere"));
        assertThat(c.record().getOutcome()).isEqualTo("redirected");
        assertThat(letter(c, "redirection").getBody()).contains("We have passed it to: Another procedure.");
    }

    @Test
    void screening_theOfficerMayOverrideAProposal_withAReason() {
        ComplaintScenario c = receiveOldComplaint("2026-12-23");
        c.complete("Task_ConfirmScreening", Map.of("screeningDecision", "proceed",
                "screeningReason", "In hospital until recently: could not have complained earlier"));
        assertThat(c.hasTask(firstTask())).as(c.openTasks().toString()).isTrue();
        assertThat(c.ended()).isFalse();
    }

    @Test
    void withdrawal_atAnyStage_stopsEverything_andTheTeamConfirmsItInWriting() {
        ComplaintScenario c = receive("2026-12-23");
        clockAt(day("2026-12-24"));
        withdrawals.withdraw(c.record(), new WithdrawalRequest(day("2026-12-24"), WithdrawalRequest.How.PHONE,
                "Sorted out with the service directly"));

        assertThat(c.openTasks()).containsExactly("Task_ConfirmWithdrawal (Confirm the withdrawal in writing)");
        assertThat(c.task("Task_ConfirmWithdrawal").getDueDate()).isEqualTo(endOf(day("2027-01-05")));
        assertThat(correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(c.reference()))
                .extracting(Correspondence::getLetter).doesNotContain("withdrawal-confirmation");
        c.complete("Task_ConfirmWithdrawal", Map.of("withdrawalConfirmed", true));
        assertThat(letter(c, "withdrawal-confirmation").getBody()).contains("Thursday 24 December 2026");
        assertThat(c.ended()).isTrue();
        assertThat(c.record().getOutcome()).isEqualTo("withdrawn");
        assertThat(deadlines.findByComplaintReferenceAndStateIn(c.reference(),
                java.util.EnumSet.of(uk.redress.deadline.DeadlineState.OPEN, uk.redress.deadline.DeadlineState.PAUSED)))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withdrawals.withdraw(c.record(),
                new WithdrawalRequest(day("2026-12-24"), WithdrawalRequest.How.LETTER, null)))
                .isInstanceOf(uk.redress.problem.Conflict.class);
    }

    /**
     * The contract (GET /api/complaints/{reference}): every running clock is a named deadline and every open task is
     * due at the end of one of them, so Tasklist and the status API never disagree (county early resolution and
     * Leicestershire children's suitability decision once ran on unnamed dates).
     */
    @Test
    void intake_everyOpenTaskIsDueOnANamedRunningDeadline() {
        ComplaintScenario c = receive("2026-12-23");
        java.util.Set<java.util.Date> deadlineEnds = new java.util.HashSet<>();
        deadlines.findByComplaintReferenceAndStateIn(c.reference(), java.util.EnumSet.of(
                        uk.redress.deadline.DeadlineState.OPEN, uk.redress.deadline.DeadlineState.PAUSED))
                .forEach(d -> deadlineEnds.add(endOf(d.getDueOn())));
        java.util.List<org.camunda.bpm.engine.task.Task> open = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(c.reference()).list();
        assertThat(open).isNotEmpty();
        open.forEach(task -> assertThat(deadlineEnds).as(task.getTaskDefinitionKey() + " due " + task.getDueDate())
                .contains(task.getDueDate()));
    }

    @Test
    void screening_aRecentComplaint_goesStraightOn() {
        ComplaintScenario c = receive("2026-12-23");
        assertThat(c.hasTask("Task_ConfirmScreening")).isFalse();
        assertThat(c.hasTask(firstTask())).isTrue();
    }

    ComplaintScenario receive(String receivedOn) {
        return receive(receivedOn, Channel.EMAIL, false);
    }

    void escalate(ComplaintScenario c, String requestedOn) {
        clockAt(day(requestedOn));
        escalations.request(c.record(), day(requestedOn));
    }

    /** Moves the clock to just before the end of {@code lastDay} (nothing may fire) and just after it. */
    int firesOnlyAfter(ComplaintScenario c, String lastDay) {
        clockAt(day(lastDay), JUST_BEFORE_MIDNIGHT);
        int early = runDueJobs(c.reference());
        if (early != 0) {
            throw new AssertionError(early + " job(s) fired on " + lastDay + ", before the day was over");
        }
        clockAt(day(lastDay).plusDays(1), JUST_AFTER_MIDNIGHT);
        return runDueJobs(c.reference());
    }

    static Map<String, Object> respond() {
        return respond("EMAIL");
    }

    static Map<String, Object> respond(String sentBy) {
        Map<String, Object> v = new HashMap<>();
        v.put("responseAction", "respond");
        v.put("responseOutcome", "partly-upheld");
        v.put("responseSummary", "We apologise; the service is restored.");
        v.put("sentBy", sentBy);
        v.put("responseText", "We have looked into your complaint and put things right.");
        return v;
    }

    static Map<String, Object> extendTo(String date) {
        return Map.of("responseAction", "extend", "extendedTo", date);
    }

    static Map<String, Object> requestInformation() {
        return Map.of("responseAction", "requestInformation", "informationRequested", "Dates and photographs");
    }
}
