package uk.redress.workspace.letters;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.redress.notification.LetterDrafts;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.security.WithoutAuthorization;

/**
 * The complaint's open task whose form holds a response letter's text: the diagram names the letter on it
 * ({@code responseLetter}). Found without the caller's task rights (its variables are the letter's), then offered
 * only to someone the engine lets read that task, as its team or assignee: a colleague of another team of the same
 * council may work the procedure but not this step, so it neither reads nor writes its draft.
 */
@Component
class ResponseTasks {

    record ResponseTask(Task task, String letter, String draft, Map<String, Object> variables) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ComplaintProcesses processes;
    private final WithoutAuthorization withoutAuthorization;
    private final IdentityService identityService;

    ResponseTasks(TaskService taskService, RuntimeService runtimeService, ComplaintProcesses processes,
                  WithoutAuthorization withoutAuthorization, IdentityService identityService) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.processes = processes;
        this.withoutAuthorization = withoutAuthorization;
        this.identityService = identityService;
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
                .filter(java.util.Objects::nonNull).findFirst())
                .filter(response -> callerMayRead(response.task()));
    }

    /** The engine's own answer, with the signed-in person's authorizations, to "may they read this task?". */
    private boolean callerMayRead(Task task) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            return false;
        }
        var before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(signedIn.getName(),
                signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        try {
            return taskService.createTaskQuery().taskId(task.getId()).count() == 1;
        } finally {
            if (before == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(before);
            }
        }
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
