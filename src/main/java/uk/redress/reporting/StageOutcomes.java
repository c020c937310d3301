package uk.redress.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.redress.calendar.CalendarDates;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.deadline.Deadline;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Records how a stage ended, from the diagram: an end listener {@code ${outcomes.stageEnded(execution)}} on each end
 * of the shared respond-within-deadline stage reads the response form (its finding, the categories, the remedies
 * offered and the actions still owed) and the stage's clock (due date after extensions, working days taken less
 * any stopped clock), and keeps them in Redress's tables.
 */
@Component("outcomes")
public class StageOutcomes {

    private final ComplaintProcesses processes;
    private final ComplaintRepository complaints;
    private final DeadlineRepository deadlines;
    private final StageRecords records;
    private final ImprovementActionRepository actions;
    private final WorkingDayCalendar calendar;

    StageOutcomes(ComplaintProcesses processes, ComplaintRepository complaints, DeadlineRepository deadlines,
                  StageRecords records, ImprovementActionRepository actions, WorkingDayCalendar calendar) {
        this.processes = processes;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.records = records;
        this.actions = actions;
        this.calendar = calendar;
    }

    public void stageEnded(DelegateExecution execution) {
        String reference = processes.referenceOf(execution);
        Complaint complaint = complaints.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No complaint record for " + reference));
        String stage = StageRecords.STAGES.contains(complaint.getStage()) ? complaint.getStage()
                : StageRecords.BEFORE_STAGES;
        ComplaintStage row = records.current(complaint, stage);
        Optional<Outcome> outcome = Outcome.ofStageResult(execution.getVariable("stageResult"))
                .or(() -> Outcome.ofFinding(execution.getVariable("responseOutcome")));
        if (outcome.isEmpty() || row.ended()) {
            // nothing found, or already recorded (a discontinued stage ends again when its re-opening window passes)
            return;
        }
        LocalDate today = calendar.today();
        LocalDate finished = date(execution.getVariable("respondedOn")).orElse(today);
        row.end(outcome.get(), outcome.get() == Outcome.EXCLUDED ? ExclusionGrounds.OFFICERS_JUDGEMENT : null, finished);
        if (outcome.get() == Outcome.EXCLUDED || outcome.get() == Outcome.DISCONTINUED) {
            return;
        }
        clock(reference, execution.getVariable("clock")).ifPresent(clock -> row.timed(clock.getDueOn(),
                Math.max(0, calendar.workingDaysBetween(clock.getDayZero(), finished) - clock.getPausedWorkingDays()),
                execution.getVariable("extendedTo") != null));
        row.remedies(text(execution.getVariable("complaintCategories"), 500), yes(execution.getVariable("remedyApology")),
                yes(execution.getVariable("remedyAction")), payment(execution.getVariable("remedyPayment")));
        LocalDate actionsDue = date(execution.getVariable("actionsDueOn")).orElse(null);
        Object owed = execution.getVariable("actionsOutstanding");
        if (owed != null) {
            // one action a line, as the form asks
            Arrays.stream(owed.toString().split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> text(line, 2000))
                    .forEach(line -> actions.save(new ImprovementAction(row, line, finished, actionsDue)));
        }
    }

    private Optional<Deadline> clock(String reference, Object name) {
        return name == null ? Optional.empty() : deadlines.findLatestNamed(
                reference, name.toString(), EnumSet.allOf(DeadlineState.class));
    }

    private Optional<LocalDate> date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(CalendarDates.toLocalDate(value, calendar.zone()));
    }

    private static boolean yes(Object value) {
        return value instanceof Boolean flag ? flag : "true".equals(String.valueOf(value));
    }

    private static BigDecimal payment(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(value.toString().strip());
        if (amount.signum() < 0 || amount.precision() - amount.scale() > 10) {
            throw new IllegalArgumentException("A payment offered must be between 0 and 9,999,999,999.99, was " + amount);
        }
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String text(Object value, int max) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        return text.length() > max ? text.substring(0, max) : text;
    }
}
