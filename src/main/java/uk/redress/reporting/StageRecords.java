package uk.redress.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintProgressed;

/**
 * Follows the diagrams' {@code complaints.stage(...)} and {@code complaints.close(...)} listeners: a row for each
 * complaint stage entered, and the closing outcome (withdrawn, excluded, refused escalation...) on the stage it
 * ended. A stage's own finding (upheld...) comes from {@link StageOutcomes} when its response goes and is never
 * overwritten by the closing that follows, e.g. the escalation window running out.
 */
@Component
class StageRecords {

    /** The complaint stages the reports count; the diagrams' other stages (lessons learnt, Ombudsman) are not. */
    static final Set<String> STAGES = Set.of("informal", "stage1", "stage2", "stage3");
    /** Where a complaint closed before any stage started: screening. */
    static final String BEFORE_STAGES = "received";
    private static final String DISCONTINUED = "discontinued";

    private final ComplaintStageRepository stages;
    private final WorkingDayCalendar calendar;
    private final ExclusionGrounds grounds;

    StageRecords(ComplaintStageRepository stages, WorkingDayCalendar calendar, ExclusionGrounds grounds) {
        this.stages = stages;
        this.calendar = calendar;
        this.grounds = grounds;
    }

    @EventListener
    void progressed(ComplaintProgressed event) {
        if (event.closed()) {
            closed(event);
        } else if (STAGES.contains(event.stage())) {
            entered(event.complaint(), event.stage());
        } else if (DISCONTINUED.equals(event.stage())) {
            // a manager stopped the stage; re-opening it enters the stage again and clears this
            latestOpen(event.complaint().getReference())
                    .ifPresent(stage -> stage.end(Outcome.DISCONTINUED, null, calendar.today()));
        }
    }

    /** The stage's row, made when the stage starts; a stage re-opened (discontinued, then re-opened) keeps its row. */
    ComplaintStage current(Complaint complaint, String stage) {
        List<ComplaintStage> rows = stages.findByComplaintReferenceInWrittenOrder(complaint.getReference());
        return latest(rows, stage).orElseGet(() -> added(complaint, stage, calendar.today(), rows));
    }

    private void entered(Complaint complaint, String stage) {
        List<ComplaintStage> rows = stages.findByComplaintReferenceInWrittenOrder(complaint.getReference());
        latest(rows, stage).ifPresentOrElse(ComplaintStage::reopen,
                () -> added(complaint, stage, calendar.today(), rows));
    }

    /** A new stage row, written after the complaint's others (its {@code rows}, in the order they were written). */
    private ComplaintStage added(Complaint complaint, String stage, LocalDate startedOn, List<ComplaintStage> rows) {
        ComplaintStage row = new ComplaintStage(complaint, stage, startedOn);
        if (!rows.isEmpty()) {
            row.writtenAfter(rows.get(rows.size() - 1));
        }
        return stages.save(row);
    }

    private void closed(ComplaintProgressed event) {
        Complaint complaint = event.complaint();
        LocalDate today = calendar.today();
        Optional<Outcome> outcome = Outcome.ofClosing(event.outcome());
        if (outcome.isEmpty()) {
            return;
        }
        if (outcome.get() == Outcome.REFUSED_ESCALATION) {
            // the refusal is the next stage's answer: the request was made and turned down
            current(complaint, "stage2").end(Outcome.REFUSED_ESCALATION,
                    text(event.variables().getVariable("reviewDecisionReasons")), today);
            return;
        }
        String reason = outcome.get() == Outcome.EXCLUDED ? grounds.of(event.outcome(), event.variables()) : null;
        List<ComplaintStage> rows = stages.findByComplaintReferenceInWrittenOrder(complaint.getReference());
        if (rows.isEmpty()) {
            // closed before any stage started: at screening
            stages.save(new ComplaintStage(complaint, BEFORE_STAGES, today)).end(outcome.get(), reason, today);
            return;
        }
        // the stage it was in when it closed; a stage that already has its finding keeps it
        latestOpen(rows).ifPresent(stage -> stage.end(outcome.get(), reason, today));
    }

    /** The stage's row written last, from the complaint's rows in the order they were written. */
    private static Optional<ComplaintStage> latest(List<ComplaintStage> rows, String stage) {
        List<ComplaintStage> named = rows.stream().filter(row -> row.getStage().equals(stage)).toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
    }

    private Optional<ComplaintStage> latestOpen(String reference) {
        return latestOpen(stages.findByComplaintReferenceInWrittenOrder(reference));
    }

    private static Optional<ComplaintStage> latestOpen(List<ComplaintStage> rows) {
        ComplaintStage last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return last == null || last.ended() ? Optional.empty() : Optional.of(last);
    }

    private static String text(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
