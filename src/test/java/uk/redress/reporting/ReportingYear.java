package uk.redress.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.caseevent.WithdrawalRequest;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.Escalations;
import uk.redress.complaint.IntakeRequest;

/**
 * Builds a year of complaints through their procedures, the engine clock moved to each day things happen, and keeps
 * its own tally of what it did: the counts the reports must show, made without the reports' code.
 */
class ReportingYear {

    static final String AREA = "Highways (reports test)";
    private final String area;
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    final Map<String, Long> channels = new TreeMap<>();
    final Map<String, Long> stagesEntered = new TreeMap<>();
    /** stage -> outcome -> count. */
    final Map<String, Map<Outcome, Long>> outcomes = new TreeMap<>();
    /** stage -> working days of each answered response. */
    final Map<String, List<Integer>> workingDays = new TreeMap<>();
    final Map<String, long[]> timeliness = new TreeMap<>(); // stage -> {within, within extended, late}
    final List<String> references = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    long excludedOldComplaints;
    long actionsOwed;

    private final ProcessEngine engine;
    private final ComplaintIntake intake;
    private final Escalations escalations;
    private final Withdrawals withdrawals;
    private final WorkingDayCalendar calendar;

    /** Complaints about a service area of the test's own, so that other tests' complaints never count. */
    ReportingYear(ProcessEngine engine, ComplaintIntake intake, Escalations escalations, Withdrawals withdrawals,
                  WorkingDayCalendar calendar, String area) {
        this.area = area;
        this.engine = engine;
        this.intake = intake;
        this.escalations = escalations;
        this.withdrawals = withdrawals;
        this.calendar = calendar;
    }

    Complaint receive(String procedure, LocalDate on, Channel channel, LocalDate eventDate) {
        at(on);
        String name = "Reports Person " + PEOPLE.incrementAndGet();
        Complaint complaint = intake.receive(new IntakeRequest(procedure, on, channel,
                new IntakeRequest.ComplainantDetails(name, "reports." + PEOPLE.get() + "@example.org", null,
                        PEOPLE.get() + " Report Road", false),
                area, "The pothole outside my house is still there.", "Mend it", eventDate, false, null, null));
        channels.merge(channel.name(), 1L, Long::sum);
        references.add(complaint.getReference());
        names.add(name);
        return complaint;
    }

    /** Stage 1 (or 2) answered {@code workingDays} after its day 0, optionally after an extension of its clock. */
    void respond(Complaint complaint, String stage, LocalDate dayZero, int workingDays, int dueIn, Integer extendedTo,
                 String finding, boolean owesAction) {
        if (extendedTo != null) {
            at(calendar.addWorkingDays(dayZero, 1));
            complete(complaint, "Task_Respond", Map.of("responseAction", "extend",
                    "extendedTo", calendar.addWorkingDays(dayZero, extendedTo).toString(), "extensionReason", "Complex"));
        }
        at(calendar.addWorkingDays(dayZero, workingDays));
        Map<String, Object> response = new HashMap<>(Map.of("responseAction", "respond", "responseOutcome", finding,
                "responseSummary", "Our answer", "responseText", "Our answer to you", "complaintCategories", "delay",
                "remedyApology", true, "remedyPayment", 50));
        if (owesAction) {
            response.put("actionsOutstanding", "Resurface the road\nWrite to the contractor");
            response.put("actionsDueOn", calendar.addWorkingDays(dayZero, workingDays + 20).toString());
            actionsOwed += 2;
        }
        complete(complaint, "Task_Respond", response);
        outcomes.computeIfAbsent(stage, s -> new TreeMap<>()).merge(Outcome.ofFinding(finding).orElseThrow(), 1L,
                Long::sum);
        this.workingDays.computeIfAbsent(stage, s -> new ArrayList<>()).add(workingDays);
        int due = extendedTo == null ? dueIn : extendedTo;
        int column = workingDays > due ? 2 : extendedTo == null ? 0 : 1;
        timeliness.computeIfAbsent(stage, s -> new long[3])[column]++;
    }

    void entered(String stage) {
        stagesEntered.merge(stage, 1L, Long::sum);
    }

    void ended(String stage, Outcome outcome) {
        outcomes.computeIfAbsent(stage, s -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
    }

    void escalate(Complaint complaint, LocalDate on) {
        at(on);
        escalations.request(complaint, on, "The answer missed the point.");
    }

    void withdraw(Complaint complaint, LocalDate on) {
        at(on);
        withdrawals.withdraw(complaint, new WithdrawalRequest(on, WithdrawalRequest.How.PHONE, "Sorted"));
        complete(complaint, "Task_ConfirmWithdrawal", Map.of("withdrawalConfirmed", true));
    }

    void complete(Complaint complaint, String task, Map<String, Object> variables) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(complaint.getReference()).taskDefinitionKey(task).singleResult().getId(),
                variables);
    }

    static void at(LocalDate day) {
        ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant()));
    }
}
