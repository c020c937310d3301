package uk.redress.complaint;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.redress.deadline.Deadlines;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Keeps the complaint record in step with its diagram, e.g. an execution listener
 * {@code ${complaints.stage(execution, 'stage1')}} or an end event's {@code ${complaints.close(execution, 'resolved')}}.
 */
@Component("complaints")
public class ComplaintProgress {

    private final ComplaintRepository repository;
    private final Clock clock;
    private final Deadlines deadlines;
    private final ComplaintProcesses processes;
    private final ApplicationEventPublisher events;

    public ComplaintProgress(ComplaintRepository repository, Clock clock, Deadlines deadlines,
                             ComplaintProcesses processes, ApplicationEventPublisher events) {
        this.events = events;
        this.processes = processes;
        this.repository = repository;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public void stage(DelegateExecution execution, String stage) {
        Complaint complaint = complaint(execution);
        complaint.moveToStage(stage);
        execution.setVariable("stage", stage);
        events.publishEvent(new ComplaintProgressed(complaint, stage, null, execution));
    }

    public void close(DelegateExecution execution, String outcome) {
        Complaint complaint = complaint(execution);
        String stage = complaint.getStage();
        complaint.close(outcome, clock.instant());
        deadlines.closeAll(execution);
        execution.setVariable("outcome", outcome);
        events.publishEvent(new ComplaintProgressed(complaint, stage, outcome, execution));
    }

    private Complaint complaint(DelegateExecution execution) {
        String reference = processes.referenceOf(execution);
        return repository.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No complaint record for process business key " + reference));
    }
}
