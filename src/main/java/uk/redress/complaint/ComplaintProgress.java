package uk.redress.complaint;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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

    public ComplaintProgress(ComplaintRepository repository, Clock clock, Deadlines deadlines,
                             ComplaintProcesses processes) {
        this.processes = processes;
        this.repository = repository;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public void stage(DelegateExecution execution, String stage) {
        complaint(execution).moveToStage(stage);
        execution.setVariable("stage", stage);
    }

    public void close(DelegateExecution execution, String outcome) {
        complaint(execution).close(outcome, clock.instant());
        deadlines.closeAll(execution);
        execution.setVariable("outcome", outcome);
    }

    private Complaint complaint(DelegateExecution execution) {
        String reference = processes.referenceOf(execution);
        return repository.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No complaint record for process business key " + reference));
    }
}
