package uk.redress.tasklist;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.engine.EngineCallers;
import uk.redress.engine.EngineCallers.Caller;
import uk.redress.problem.ProblemWriter;
import uk.redress.security.WithoutAuthorization;

/**
 * The people a task may be given to, for Tasklist's assignee box (its people picker): the members of the task's
 * team (its candidate groups) and anyone named on it. Asked by the Tasklist page with the web apps' session; a task
 * the caller may not read is not found, so nobody learns another council's staff. The engine still refuses anyone
 * else named ({@code uk.redress.engine.TaskAssigneeAuthorizations}).
 */
@RestController
class TaskTeamController {

    private final EngineCallers callers;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final WithoutAuthorization withoutAuthorization;

    TaskTeamController(EngineCallers callers, IdentityService identityService, TaskService taskService,
                       WithoutAuthorization withoutAuthorization) {
        this.callers = callers;
        this.identityService = identityService;
        this.taskService = taskService;
        this.withoutAuthorization = withoutAuthorization;
    }

    /** One person the task may go to: their user id, and their name as Tasklist shows it. */
    record Member(String id, String name) {
    }

    @GetMapping("/tasklist-team/{engine}/{taskId}")
    List<Member> team(@PathVariable String engine, @PathVariable String taskId, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        Optional<Caller> caller = callers.of(request, engine);
        if (caller.isEmpty()) {
            ProblemWriter.write(response, 401, "Sign in to Tasklist first");
            return null;
        }
        if (!mayRead(caller.get(), taskId)) {
            ProblemWriter.write(response, 404, "No task " + taskId);
            return null;
        }
        return withoutAuthorization.run(() -> {
            Map<String, Member> members = new LinkedHashMap<>();
            for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                List<User> users = link.getGroupId() != null
                        ? identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
                        : identityService.createUserQuery().userId(link.getUserId()).list();
                users.forEach(user -> members.putIfAbsent(user.getId(), new Member(user.getId(), nameOf(user))));
            }
            return members.values().stream().sorted(Comparator.comparing(Member::name)).toList();
        });
    }

    private boolean mayRead(Caller caller, String taskId) {
        identityService.setAuthentication(caller.userId(), caller.groupIds());
        try {
            return taskService.createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String nameOf(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
