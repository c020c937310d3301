package uk.redress.deadline;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.redress.ownership.ComplaintProcesses;

/**
 * When a clock's due date moves (extension, restart after a stopped clock), the open tasks and waiting timers
 * that were set from it move too, wherever they are in the complaint's processes: a task due date or timer
 * equal to the old end-of-day is the clock's. So a Tasklist due date and a deadline timer never disagree with
 * the status API, even when the clock is moved from another branch of the diagram (e.g. a chase ladder).
 */
@Component
class DueDateFollowers {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final ComplaintProcesses processes;

    DueDateFollowers(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
                     ComplaintProcesses processes) {
        this.processes = processes;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    void move(String reference, Date from, Date to) {
        if (from.equals(to)) {
            return;
        }
        // only the complaint's own processes, never one that merely carries its reference
        java.util.List<ProcessInstance> own = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).list().stream()
                .filter(instance -> processes.belongs(reference, instance.getRootProcessInstanceId())).toList();
        java.util.Set<String> ownIds = own.stream().map(ProcessInstance::getId)
                .collect(java.util.stream.Collectors.toSet());
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(reference).dueDate(from).list()) {
            if (ownIds.contains(task.getProcessInstanceId())) {
                task.setDueDate(to);
                taskService.saveTask(task);
            }
        }
        for (ProcessInstance instance : own) {
            for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                if (from.equals(timer.getDuedate())) {
                    managementService.setJobDuedate(timer.getId(), to);
                }
            }
        }
    }
}
