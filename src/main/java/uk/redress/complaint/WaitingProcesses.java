package uk.redress.complaint;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Which of a complaint's processes (its procedure, a stage it called, an Ombudsman or behaviour process) is
 * waiting now for a message such as "escalation requested" or "complaint withdrawn": the one place the API asks
 * before correlating, so that a request the diagram is not waiting for is refused rather than lost.
 */
@Component
public class WaitingProcesses {

    private final RuntimeService runtimeService;
    private final ComplaintProcesses processes;

    public WaitingProcesses(RuntimeService runtimeService, ComplaintProcesses processes) {
        this.runtimeService = runtimeService;
        this.processes = processes;
    }

    /** The id of the complaint's process instance waiting for the message, if one is. */
    public Optional<String> waitingFor(String reference, String message) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(reference)
                .messageEventSubscriptionName(message).list().stream()
                .map(Execution::getProcessInstanceId).filter(id -> ownedBy(reference, id)).findFirst();
    }

    /** A process carrying the reference but not started by Redress for that complaint is never its. */
    private boolean ownedBy(String reference, String processInstanceId) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance != null && processes.belongs(reference, instance.getRootProcessInstanceId());
    }
}
