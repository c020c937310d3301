package uk.redress.ownership;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Which processes belong to which complaint. A business key is only a label anyone starting a process could
 * write, so a diagram step that reads or changes a complaint (its stage, clocks, letters, correspondence) asks
 * here first: the step's process tree must have been started by Redress for that complaint ({@link #start}),
 * else the step is refused and the engine rolls everything back.
 */
@Component
public class ComplaintProcesses {

    private final ComplaintProcessRepository processes;
    private final RepositoryService repositoryService;
    private final Clock clock;
    /** The reference whose process this thread is starting now, through {@link #start}. */
    private final ThreadLocal<String> starting = new ThreadLocal<>();

    public ComplaintProcesses(ComplaintProcessRepository processes, RepositoryService repositoryService, Clock clock) {
        this.processes = processes;
        this.repositoryService = repositoryService;
        this.clock = clock;
    }

    /**
     * Starts (or restarts) a process for the complaint: the only way a process becomes one of the complaint's.
     * The steps run during the start are accepted because this thread is starting that complaint's process.
     */
    public ProcessInstance start(String reference, Supplier<ProcessInstance> start) {
        String before = starting.get();
        starting.set(reference);
        try {
            ProcessInstance instance = start.get();
            // by id, not a count: recorded during the start, it is already in this unit of work
            if (instance != null && processes.findById(instance.getRootProcessInstanceId()).isEmpty()) {
                record(instance.getRootProcessInstanceId(), reference, instance.getProcessDefinitionId());
            }
            return instance;
        } finally {
            if (before == null) {
                starting.remove();
            } else {
                starting.set(before);
            }
        }
    }

    /** The reference of the complaint a step works on (a task's or an execution's), refused unless its process tree is the complaint's. */
    public String referenceOf(VariableScope scope) {
        DelegateExecution execution = scope instanceof DelegateExecution e ? e
                : scope instanceof DelegateTask task ? task.getExecution() : null;
        if (execution == null || execution.getProcessBusinessKey() == null) {
            throw new BadUserRequestException("This step needs a complaint: its process has no complaint reference");
        }
        String reference = execution.getProcessBusinessKey();
        DelegateExecution root = root(execution);
        Optional<ComplaintProcess> recorded = processes.findById(root.getProcessInstanceId());
        if (recorded.isPresent()) {
            if (!recorded.get().getComplaintReference().equals(reference)) {
                throw refused(reference);
            }
            return reference;
        }
        if (reference.equals(starting.get())) {
            record(root.getProcessInstanceId(), reference, root.getProcessDefinitionId());
            return reference;
        }
        throw refused(reference);
    }

    /** Whether a process tree (by its root instance) is one Redress started for the complaint. */
    public boolean belongs(String reference, String rootProcessInstanceId) {
        return processes.findById(rootProcessInstanceId)
                .map(process -> process.getComplaintReference().equals(reference)).orElse(false);
    }

    /** The complaint whose process tree this is (by its root instance), if Redress started it for one. */
    public Optional<String> referenceOfTree(String rootProcessInstanceId) {
        return processes.findById(rootProcessInstanceId).map(ComplaintProcess::getComplaintReference);
    }

    /** The roots of the process trees Redress started for the complaint, oldest first. */
    public List<String> rootsOf(String reference) {
        return processes.findByComplaintReferenceOrderByStartedAtAsc(reference).stream()
                .map(ComplaintProcess::getProcessInstanceId).toList();
    }

    private void record(String rootProcessInstanceId, String reference, String processDefinitionId) {
        String key = repositoryService.getProcessDefinition(processDefinitionId).getKey();
        processes.saveAndFlush(new ComplaintProcess(rootProcessInstanceId, reference, key, clock.instant()));
    }

    private static DelegateExecution root(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance;
    }

    private static BadUserRequestException refused(String reference) {
        return new BadUserRequestException("This process was not started by Redress for complaint " + reference
                + ": it may not read or change that complaint. Record complaints through Redress.");
    }
}
