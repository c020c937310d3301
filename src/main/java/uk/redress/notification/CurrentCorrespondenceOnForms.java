package uk.redress.notification;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.security.TaskFormOpened;
import uk.redress.security.WithoutAuthorization;

/**
 * Keeps the correspondence a task form shows current: when someone who may read the task opens its form, the
 * task's {@code correspondenceLog} is rewritten from the complaint's letters as they stand (a letter sent, delivered
 * or failed since the task arrived shows at once). Written by the request opening the form, never by the delivery
 * jobs, so letters leaving and staff working never conflict; two people opening the same form at once both see the
 * log, whichever wrote it.
 */
@Component
class CurrentCorrespondenceOnForms {

    private final CorrespondenceLog log;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ComplaintProcesses processes;
    private final WithoutAuthorization withoutAuthorization;

    CurrentCorrespondenceOnForms(CorrespondenceLog log, TaskService taskService, RuntimeService runtimeService,
                                 ComplaintProcesses processes, WithoutAuthorization withoutAuthorization) {
        this.log = log;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.processes = processes;
        this.withoutAuthorization = withoutAuthorization;
    }

    @EventListener
    public void refresh(TaskFormOpened opened) {
        try {
            withoutAuthorization.run(() -> {
                refresh(opened.taskId());
                return null;
            });
        } catch (OptimisticLockingException sameMoment) {
            // someone else opened the form at the same moment and wrote the same log
        }
    }

    private void refresh(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null
                || !(taskService.getVariableLocal(taskId, CorrespondenceLog.VARIABLE) instanceof String shown)) {
            return;
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        String reference = instance == null ? null : instance.getBusinessKey();
        // the log of the complaint this task's process tree belongs to, never of a reference it merely carries
        if (reference == null || !processes.belongs(reference, instance.getRootProcessInstanceId())) {
            return;
        }
        String current = log.asText(log.of(reference));
        if (!current.equals(shown)) {
            taskService.setVariableLocal(taskId, CorrespondenceLog.VARIABLE, current);
        }
    }
}
