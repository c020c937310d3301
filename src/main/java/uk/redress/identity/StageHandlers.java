package uk.redress.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.redress.deployment.ProcessProperties;

/**
 * Who handled a stage, so that a later stage can be refused to them (the Ombudsman's Complaint Handling Code: the
 * person who considers a complaint at stage 2 is not the one who considered it at stage 1). The diagram says which
 * steps count: {@code ${stageHandlers.record(task, 'stage1')}} as a task listener on completing a stage 1 step, and
 * {@code ${stageHandlers.refuse(task, 'stage1')}} on the assignment and completion of a stage 2 step. The handlers are
 * kept on the complaint's process as a variable {@code <stage>Handlers} (user ids, comma-separated), so Cockpit
 * shows them.
 */
@Component("stageHandlers")
public class StageHandlers {

    /** Records whoever completes the task (the signed-in person, else its assignee) as a handler of the stage. */
    public void record(DelegateTask task, String stage) {
        Set<String> handlers = handlers(task, stage);
        people(task, true).forEach(handlers::add);
        task.getExecution().getProcessInstance().setVariable(variable(stage), String.join(",", handlers));
    }

    /**
     * Refuses the task to a handler of the earlier stage: as its new assignee (claimed, or given to them) and as the
     * person completing it. The refusal rolls the whole change back.
     */
    public void refuse(DelegateTask task, String earlierStage) {
        Set<String> handlers = handlers(task, earlierStage);
        boolean completing = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
        for (String person : people(task, completing)) {
            if (handlers.contains(person)) {
                throw new BadUserRequestException("'" + person + "' handled this complaint at " + words(earlierStage)
                        + ", so someone else must handle this step (the Ombudsman's Complaint Handling Code)");
            }
        }
    }

    private static List<String> people(DelegateTask task, boolean withCurrentUser) {
        Set<String> people = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            people.add(task.getAssignee());
        }
        // the identity service returns the engine's own type for it; read through var, as TaskVariablesCheck does
        var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (withCurrentUser && current != null && current.getUserId() != null) {
            people.add(current.getUserId());
        }
        return List.copyOf(people);
    }

    private static Set<String> handlers(DelegateTask task, String stage) {
        Object value = task.getExecution().getProcessInstance().getVariable(variable(stage));
        return value == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ProcessProperties.items(value.toString()));
    }

    private static String variable(String stage) {
        return stage + "Handlers";
    }

    private static String words(String stage) {
        return stage.replaceAll("([a-z])([0-9])", "$1 $2");
    }
}
