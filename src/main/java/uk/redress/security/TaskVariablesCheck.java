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

    /**
     * What the engine is handed for a task completion: a refusal, or the body to pass on. The values the form only
     * shows leave the body once they are known unchanged (and the variable exists): the engine would otherwise
     * write each again on every completion from Tasklist, which sends every field it shows - an update of an
     * unchanged value, and a copy of its text as a form field in the history. That held nothing new for an
     * auditor, but repeated the case summary (contact details), the correspondence log and the complaint's words in
     * the history of every task completed.
     */
    record Checked(Optional<String> refusal, byte[] body) {
    }

    Checked check(String taskId, byte[] body) {
        JsonNode request;
        try {
            request = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (java.io.IOException e) {
            return new Checked(Optional.empty(), body); // not JSON: the REST API itself answers 400
        }
        JsonNode submitted = request.path("variables");
        if (!submitted.isObject() || submitted.isEmpty()) {
            return new Checked(Optional.empty(), body);
        }
        TaskFormFields.TaskForm form = forms.of(taskId);
        Map<String, Boolean> fields = form.fields();
        List<String> unknown = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> shownUnchanged = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = submitted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            Boolean editable = fields.get(variable.getKey());
            if (editable == null) {
                unknown.add(variable.getKey());
            } else if (!editable && uk.redress.engine.TaskDisplayCopies.NAMES.contains(variable.getKey())) {
                // a copy made only to show the task (the correspondence log is refreshed whenever someone opens
                // the form, so an officer's may be older than a colleague's): never written, so not compared
                shownUnchanged.add(variable.getKey());
            } else if (!editable) {
                Shown shown = compare(taskId, variable.getKey(), variable.getValue().path("value"));
                if (!shown.unchanged()) {
                    changed.add(variable.getKey());
                } else if (shown.exists()) {
                    shownUnchanged.add(variable.getKey());
                }
            }
        }
        if (!unknown.isEmpty()) {
            return new Checked(Optional.of("This task's form has no field " + String.join(", ", unknown)
                    + ": a task may change only what its form asks for"), body);
        }
        if (!changed.isEmpty()) {
            return new Checked(Optional.of("The form only shows " + String.join(", ", changed)
                    + ": it cannot be changed here"), body);
        }
        Optional<String> empty = emptyLetterText(taskId, form, submitted);
        if (empty.isPresent() || shownUnchanged.isEmpty()) {
            return new Checked(empty, body);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) submitted).remove(shownUnchanged);
        try {
            return new Checked(Optional.empty(), json.writeValueAsBytes(request));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A parsed request could not be written again", e);
        }
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

    /** A shown value as submitted: the same as the variable's (or both empty), and whether the variable exists. */
    private record Shown(boolean unchanged, boolean exists) {
    }

    private Shown compare(String taskId, String name, JsonNode value) {
        org.camunda.bpm.engine.variable.value.TypedValue typed =
                withoutAuthorization.run(() -> taskService.getVariableTyped(taskId, name));
        Object current = typed == null ? null : typed.getValue();
        String submitted = value.isNull() || value.isMissingNode() ? null
                : value.isTextual() ? value.asText() : value.toString();
        return new Shown(Objects.equals(shown(current == null ? null : current.toString()), shown(submitted)),
                typed != null);
    }

    /** A value as a form shows it: nothing and an empty field alike, line ends as the browser sends them. */
    private static String shown(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
