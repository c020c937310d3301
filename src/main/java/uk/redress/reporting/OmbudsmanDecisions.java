package uk.redress.reporting;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.redress.calendar.CalendarDates;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Keeps the Ombudsman's decision in Redress's tables, from the ombudsman-enquiry diagram: an end listener
 * {@code ${ombudsmanDecisions.record(execution)}} on "Record the Ombudsman's decision".
 */
@Component("ombudsmanDecisions")
public class OmbudsmanDecisions {

    private static final Set<String> DECISIONS = Set.of("not-investigated", "no-fault", "fault-no-injustice",
            "fault-remedy");

    private final ComplaintProcesses processes;
    private final ComplaintRepository complaints;
    private final OmbudsmanDecisionRepository decisions;
    private final WorkingDayCalendar calendar;

    OmbudsmanDecisions(ComplaintProcesses processes, ComplaintRepository complaints,
                       OmbudsmanDecisionRepository decisions, WorkingDayCalendar calendar) {
        this.processes = processes;
        this.complaints = complaints;
        this.decisions = decisions;
        this.calendar = calendar;
    }

    public void record(DelegateExecution execution) {
        String reference = processes.referenceOf(execution);
        Complaint complaint = complaints.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No complaint record for " + reference));
        Object decision = execution.getVariable("ombudsmanDecision");
        if (decision == null || !DECISIONS.contains(decision.toString())) {
            throw new IllegalArgumentException("The Ombudsman's decision must be one of " + DECISIONS + ", was " + decision);
        }
        Object on = execution.getVariable("ombudsmanDecisionOn");
        decisions.save(new OmbudsmanDecision(complaint,
                on == null || on.toString().isBlank() ? calendar.today() : CalendarDates.toLocalDate(on, calendar.zone()),
                decision.toString(), Boolean.TRUE.equals(execution.getVariable("remediedByCouncil"))));
    }
}
