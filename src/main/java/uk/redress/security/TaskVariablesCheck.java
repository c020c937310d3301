package uk.redress.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Completing a task through the REST API may set only the variables its form shows: the ones staff type into
 * freely, and the ones the form only shows (the reference, the complaint's words, its due date) unchanged.
 * Anything else (a deadline variable, another complaint's reference) is refused naming the variables.
 */
@Component
class TaskVariablesCheck {

    /** The variable a diagram sets on a response task to name its letter (notification's LetterDrafts.LETTER). */
    private static final String LETTER_VARIABLE = "responseLetter";

    private final TaskFormFields forms;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final AuthorizationService authorizationService;
    private final IdentityService identityService;
    private final WithoutAuthorization withoutAuthorization;
    private final ObjectMapper json = new ObjectMapper();

    TaskVariablesCheck(TaskFormFields forms, TaskService taskService, RepositoryService repositoryService,
                       AuthorizationService authorizationService, IdentityService identityService,
                       WithoutAuthorization withoutAuthorization) {
        this.forms = forms;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.authorizationService = authorizationService;
        this.identityService = identityService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /** Why completing the task with this request body is refused, if it is. */
    Optional<String> refusal(String taskId, byte[] body) {
        JsonNode request;
        try {
            request = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (java.io.IOException e) {
            return Optional.empty(); // not JSON: the REST API itself answers 400
        }
        JsonNode submitted = request.path("variables");
        if (!submitted.isObject() || submitted.isEmpty()) {
            return Optional.empty();
        }
        TaskFormFields.TaskForm form = forms.of(taskId);
        Map<String, Boolean> fields = form.fields();
        List<String> unknown = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = submitted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            Boolean editable = fields.get(variable.getKey());
            if (editable == null) {
                unknown.add(variable.getKey());
            } else if (!editable && !unchanged(taskId, variable.getKey(), variable.getValue().path("value"))) {
                changed.add(variable.getKey());
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of("This task's form has no field " + String.join(", ", unknown)
                    + ": a task may change only what its form asks for");
        }
        if (!changed.isEmpty()) {
            return Optional.of("The form only shows " + String.join(", ", changed) + ": it cannot be changed here");
        }
        return emptyLetterText(taskId, form, submitted);
    }

    /**
     * A field whose text goes into a letter (custom property {@code sentWhen} on the form) may not be empty when
     * the officer chooses to send it: nothing leaves with a blank where the response should be.
     */
    private Optional<String> emptyLetterText(String taskId, TaskFormFields.TaskForm form, JsonNode submitted) {
        for (Map.Entry<String, String[]> field : form.sentWhen().entrySet()) {
            String[] when = field.getValue();
            boolean chosen = when[1].equals(submitted.path(when[0]).path("value").asText(null));
            String text = submitted.path(field.getKey()).path("value").asText("");
            if (chosen && letterNamed(taskId) && text.isBlank()) {
                return Optional.of("The response to the complainant (" + field.getKey()
                        + ") is empty: write it, it is the text of the letter that will be sent");
            }
        }
        return Optional.empty();
    }

    /** Whether the diagram names a letter for this task's text (a procedure may still send its response itself). */
    private boolean letterNamed(String taskId) {
        return withoutAuthorization.run(() -> taskService.getVariable(taskId, LETTER_VARIABLE)) != null;
    }

    /** Whether the signed-in person may work the task (TASK_WORK on it, or on its procedure). */
    boolean mayWork(String taskId) {
        var caller = identityService.getCurrentAuthentication();
        return withoutAuthorization.run(() -> {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || caller == null) {
                return false;
            }
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            if (authorizationService.isUserAuthorized(caller.getUserId(), groups, TaskPermissions.TASK_WORK,
                    Resources.TASK, taskId)) {
                return true;
            }
            return task.getProcessDefinitionId() != null && authorizationService.isUserAuthorized(caller.getUserId(),
                    groups, ProcessDefinitionPermissions.TASK_WORK, Resources.PROCESS_DEFINITION,
                    repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
        });
    }

    private boolean unchanged(String taskId, String name, JsonNode value) {
        Object current = withoutAuthorization.run(() -> taskService.getVariable(taskId, name));
        String submitted = value.isNull() || value.isMissingNode() ? null
                : value.isTextual() ? value.asText() : value.toString();
        return Objects.equals(shown(current == null ? null : current.toString()), shown(submitted));
    }

    /** A value as a form shows it: nothing and an empty field alike, line ends as the browser sends them. */
    private static String shown(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
