package uk.redress.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every member of staff sees: their groups' complaints by due date, the overdue
 * ones, and their own. The queries use the signed-in user's groups, so one filter serves every team and a
 * user only ever sees tasks their groups may see. Created once; an administrator may then edit them.
 */
@Component
class TasklistFilters {

    static final String GROUP_BY_DUE = "My group's complaints by due date";
    static final String OVERDUE = "Overdue";
    static final String MINE = "My complaints";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    /**
     * What each task row shows of its complaint, beside the step's name: its reference, who complained, where it is
     * and what it is about (the name and the stage in words are the task's own variables, see
     * {@code uk.redress.tasklist.TaskCaseSummary}; shared stages see the others: their call activities pass every
     * variable on).
     */
    static final List<Map<String, String>> COMPLAINT_COLUMNS = List.of(
            Map.of("name", "reference", "label", "Complaint"),
            Map.of("name", "complainantName", "label", "Complainant"),
            Map.of("name", "stageLabel", "label", "Stage"),
            Map.of("name", "serviceArea", "label", "Service"));

    /** The columns an earlier version gave its filters (the stage as its code): replaced by the ones above. */
    private static final List<Map<String, String>> EARLIER_COLUMNS = List.of(
            Map.of("name", "reference", "label", "Complaint"),
            Map.of("name", "stage", "label", "Stage"),
            Map.of("name", "serviceArea", "label", "Service"));

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    void createMissing() {
        TaskQuery groupQuery = taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .orderByDueDate().asc();
        create(GROUP_BY_DUE, -10, "Open complaint tasks of your groups, the most urgent first", groupQuery);

        TaskQuery overdueQuery = taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .dueBeforeExpression("${now()}")
                .orderByDueDate().asc();
        create(OVERDUE, -5, "Past their due date: the complainant is already waiting longer than promised", overdueQuery);

        TaskQuery mine = taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
        create(MINE, 0, "Tasks assigned to you", mine);
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = Map.of("priority", priority, "description", description, "refresh", true,
                "variables", COMPLAINT_COLUMNS);
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            // a filter made by an earlier version: it gains the complaint's columns, keeps its query (columns an
            // administrator chose are left alone)
            Object columns = existing.getProperties() == null ? null : existing.getProperties().get("variables");
            if (columns == null || EARLIER_COLUMNS.equals(columns)) {
                filterService.saveFilter(existing.setProperties(properties));
            }
            return;
        }
        Filter filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
        filterService.saveFilter(filter);
        Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(everyone);
    }
}
