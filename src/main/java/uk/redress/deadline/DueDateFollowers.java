package uk.redress.deadline;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import uk.redress.ownership.ComplaintProcesses;

import uk.redress.security.WithoutAuthorization;

/**
 * When a clock's due date moves (extension, restart after a stopped clock, resumption), the open tasks and waiting
 * timers that follow it move too, wherever they are in the complaint's processes: those whose due date or timer
 * reads {@code deadlines.due(execution, 'that-clock')} (or a variable holding its name, like the shared stage's
 * {@code clock}). Matching by name, not by an equal timestamp, leaves alone another clock's task that happens to be
 * due the same day (an Ombudsman reply due on the stage deadline). An expression naming its clock any other way
 * (a method call) is matched by its old date, as the only clue left.
 */
@Component
class DueDateFollowers {

    private static final Pattern CLOCK = Pattern.compile(
            "deadlines\\.due\\(\\s*execution\\s*,\\s*(?:'([a-z0-9-]+)'|([A-Za-z_][A-Za-z0-9_]*))\\s*\\)");
    private static final Pattern ANY_CLOCK = Pattern.compile("deadlines\\.due\\(");

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final WithoutAuthorization withoutAuthorization;
    private final ComplaintProcesses processes;
    /** The clock expression of each element of each (immutable) process definition version. */
    private final Map<String, Optional<String>> expressions = new ConcurrentHashMap<>();

    DueDateFollowers(TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
                     RepositoryService repositoryService, WithoutAuthorization withoutAuthorization,
                     ComplaintProcesses processes) {
        this.processes = processes;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.withoutAuthorization = withoutAuthorization;
    }

    void move(String reference, String clock, Date from, Date to) {
        if (from.equals(to)) {
            return;
        }
        // bookkeeping: the member of staff moving the clock may not be entitled to read every process it reaches;
        // only the complaint's own processes, never one that merely carries its reference
        withoutAuthorization.run(() -> {
            java.util.List<ProcessInstance> own = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).list().stream()
                    .filter(instance -> processes.belongs(reference, instance.getRootProcessInstanceId())).toList();
            java.util.Set<String> ownIds = own.stream().map(ProcessInstance::getId)
                    .collect(java.util.stream.Collectors.toSet());
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(reference).list()) {
                Optional<String> expression = expression(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
                if (ownIds.contains(task.getProcessInstanceId()) && follows(expression, clock,
                        name -> taskService.getVariable(task.getId(), name), task.getDueDate(), from)) {
                    task.setDueDate(to);
                    taskService.saveTask(task);
                }
            }
            for (ProcessInstance instance : own) {
                for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                    Optional<String> expression = expression(timer.getProcessDefinitionId(), activityOf(timer));
                    if (follows(expression, clock, name -> runtimeService.getVariable(timer.getExecutionId(), name),
                            timer.getDuedate(), from)) {
                        managementService.setJobDuedate(timer.getId(), to);
                    }
                }
            }
            return null;
        });
    }

    private static boolean follows(Optional<String> expression, String clock,
                                   java.util.function.Function<String, Object> variable, Date due, Date from) {
        if (expression.isEmpty() || !ANY_CLOCK.matcher(expression.get()).find()) {
            return false;
        }
        Matcher named = CLOCK.matcher(expression.get());
        if (!named.find()) {
            return from.equals(due);
        }
        String name = named.group(1) != null ? named.group(1) : String.valueOf(variable.apply(named.group(2)));
        return clock.equals(name);
    }

    private String activityOf(Job timer) {
        JobDefinition definition = managementService.createJobDefinitionQuery()
                .jobDefinitionId(timer.getJobDefinitionId()).singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    /** The due date of a user task or the date of a timer event, as written on the diagram. */
    private Optional<String> expression(String processDefinitionId, String activityId) {
        if (activityId == null) {
            return Optional.empty();
        }
        return expressions.computeIfAbsent(processDefinitionId + "#" + activityId, key -> {
            ModelElementInstance element = repositoryService.getBpmnModelInstance(processDefinitionId)
                    .getModelElementById(activityId);
            if (element instanceof UserTask task) {
                return Optional.ofNullable(task.getCamundaDueDate());
            }
            return element == null ? Optional.empty() : element.getChildElementsByType(TimerEventDefinition.class)
                    .stream().filter(timer -> timer.getTimeDate() != null)
                    .map(timer -> timer.getTimeDate().getTextContent()).findFirst();
        });
    }
}
