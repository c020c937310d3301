package uk.redress.workspace.casefile;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;

/** The complaint's tasks waiting for staff, each with its team and a link to work it in Tasklist. */
@Component
class OpenTasks {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    private final TaskService taskService;
    private final WorkingDayCalendar calendar;

    OpenTasks(TaskService taskService, WorkingDayCalendar calendar) {
        this.taskService = taskService;
        this.calendar = calendar;
    }

    public record OpenTask(String name, LocalDate dueOn, String assignee, List<String> teams, String link) {
    }

    List<OpenTask> of(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).orderByDueDate().asc().list()
                .stream().map(this::view).toList();
    }

    private OpenTask view(Task task) {
        List<String> teams = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        return new OpenTask(task.getName(), task.getDueDate() == null ? null : calendar.dayOf(task.getDueDate()),
                task.getAssignee(), teams, TASKLIST + task.getId());
    }
}
