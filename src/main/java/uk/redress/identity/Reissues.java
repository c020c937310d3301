package uk.redress.identity;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import uk.redress.security.WithoutAuthorization;

/**
 * Re-issues an open task of the complaint to another team, e.g. a late children's stage 1 response to the Head of
 * Service: {@code ${reissues.toGroup(execution, 'Task_Respond', 'leicestershire-childrens-heads-of-service')}}. The
 * team it had keeps it too, so the response already being drafted is not lost; the new team now sees it in Tasklist.
 */
@Component("reissues")
public class Reissues {

    private final TaskService taskService;
    private final WithoutAuthorization withoutAuthorization;

    Reissues(TaskService taskService, WithoutAuthorization withoutAuthorization) {
        this.taskService = taskService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public void toGroup(DelegateExecution execution, String taskDefinitionKey, String groupId) {
        // bookkeeping: whoever records the decision may not be entitled to change the other team's task
        withoutAuthorization.run(() -> {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(execution.getProcessBusinessKey())
                    .taskDefinitionKey(taskDefinitionKey).active().list()) {
                taskService.addCandidateGroup(task.getId(), groupId);
            }
            return null;
        });
    }
}
