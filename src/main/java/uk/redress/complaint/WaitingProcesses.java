package uk.redress.complaint;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * Which of a complaint's processes (its procedure, a stage it called, an Ombudsman or behaviour process) is
 * waiting now for a message such as "escalation requested" or "complaint withdrawn": the one place the API asks
 * before correlating, so that a request the diagram is not waiting for is refused rather than lost.
 */
@Component
public class WaitingProcesses {

    private final RuntimeService runtimeService;

    public WaitingProcesses(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** The id of the complaint's process instance waiting for the message, if one is. */
    public Optional<String> waitingFor(String reference, String message) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(reference)
                .messageEventSubscriptionName(message).list().stream()
                .map(Execution::getProcessInstanceId).findFirst();
    }
}
