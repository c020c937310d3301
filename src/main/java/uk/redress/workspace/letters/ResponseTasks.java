package uk.redress.workspace.letters;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.redress.notification.LetterDrafts;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.security.WithoutAuthorization;

/**
 * The complaint's open task whose form holds a response letter's text: the diagram names the letter on it
 * ({@code responseLetter}). Read without the caller's task rights: the callers have already checked, through
 * the complaint, that the person may work its procedure.
 */
@Component
class ResponseTasks {

    record ResponseTask(Task task, String letter, String draft, Map<String, Object> variables) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ComplaintProcesses processes;
    private final WithoutAuthorization withoutAuthorization;

    ResponseTasks(TaskService taskService, RuntimeService runtimeService, ComplaintProcesses processes,
                  WithoutAuthorization withoutAuthorization) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.processes = processes;
        this.withoutAuthorization = withoutAuthorization;
    }

    Optional<ResponseTask> of(String reference) {
        return withoutAuthorization.run(() -> taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .active().orderByTaskCreateTime().asc().list().stream()
                .filter(task -> processes.belongs(reference, rootOf(task)))
                .map(task -> {
                    Map<String, Object> variables = taskService.getVariables(task.getId());
                    Object letter = variables.get(LetterDrafts.LETTER);
                    Object draft = variables.get(LetterDrafts.TEXT);
                    return letter == null ? null : new ResponseTask(task, letter.toString(),
                            draft == null ? "" : draft.toString(), variables);
                })
                .filter(java.util.Objects::nonNull).findFirst());
    }

    /**
     * Keeps the officer's draft where its form in Tasklist picks it up: in the task's process scope, not on the task
     * itself, because a variable local to the task would also catch the form's submitted text and vanish with it.
     */
    void saveDraft(ResponseTask response, String text) {
        withoutAuthorization.run(() -> {
            taskService.setVariable(response.task().getId(), LetterDrafts.TEXT, text);
            return null;
        });
    }

    private String rootOf(Task task) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getRootProcessInstanceId();
    }
}
