package uk.redress.security;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.redress.engine.EngineCallers;
import uk.redress.engine.EngineCallers.Caller;
import uk.redress.problem.ProblemWriter;

/**
 * Stands in front of Camunda's REST API on both its doors ({@code /engine-rest} and the web apps'
 * {@code /camunda/api/engine}) and applies what the engine's authorizations alone do not:
 * <ul>
 *   <li>nobody starts a process here: complaints start at intake, and Redress starts their procedure;</li>
 *   <li>staff reach only what {@link EngineRestRules} lists (on the web apps' door: any read, but no change other
 *       than working their tasks); anything else is not found;</li>
 *   <li>a task or process instance the caller may not read is not found, whatever is asked of it (never a 403
 *       that would confirm it exists); a task's comments and attachments follow the task (the engine reads and
 *       deletes them by id without asking), and only someone who may work the task adds or deletes them;</li>
 *   <li>staff change a complaint's data only by completing a task through its form ({@link TaskVariablesCheck});</li>
 *   <li>opening a task's form first brings what it shows up to date ({@link TaskFormOpened});</li>
 *   <li>staff looking a user up by id find only people who share a group with them ({@link TeammateLookup});</li>
 *   <li>an empty assignee hands the task back to its team, never to a user called "" ({@link AssigneeRequests});</li>
 *   <li>lists come a page of at most {@link QueryPaging#LIMIT} at a time, for everyone; an attachment is at most
 *       10 MB; the APIs' machine-readable descriptions are not served.</li>
 * </ul>
 * Administrators are limited only by the paging.
 */
class EngineRestGuard extends OncePerRequestFilter {

    private static final Pattern DOOR = Pattern.compile(
            "^(?:/engine-rest(?:/engine/([^/]+))?|/camunda/api/engine/engine/([^/]+))(/.*)?$");
    /** Engine ids are UUIDs (or numbers), which tells an id from a name such as {@code count} in a path. */
    private static final String ENGINE_ID = EngineRestRules.ENGINE_ID;
    private static final Pattern TASK = Pattern.compile("^/task/" + ENGINE_ID + "(/.*)?$");
    /** Starting (or restarting) a process: nobody's, administrators' included (complaints start at intake). */
    private static final Pattern STARTS = Pattern.compile(
            "^/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form|restart|restart-async)$");
    private static final Pattern ATTACHMENT_UPLOAD = Pattern.compile("^/task/[^/]+/attachment/create$");
    /** Evidence is photographs and letters, not archives: a bound on what one upload may make the node hold. */
    private static final long MAX_ATTACHMENT_BYTES = 10_000_000;
    private static final Pattern FORM_VARIABLES = Pattern.compile("^/task/(" + ENGINE_ID + ")/form-variables$");
    private static final Pattern INSTANCE = Pattern.compile("^/process-instance/" + ENGINE_ID + "(/.*)?$");

    private final EngineCallers callers;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskVariablesCheck variables;
    private final AssigneeRequests assignees = new AssigneeRequests();
    private final ApplicationEventPublisher events;
    private final TeammateLookup teammates;

    EngineRestGuard(EngineCallers callers, IdentityService identityService, TaskService taskService,
                    RuntimeService runtimeService, TaskVariablesCheck variables, ApplicationEventPublisher events) {
        this.callers = callers;
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.variables = variables;
        this.events = events;
        this.teammates = new TeammateLookup(identityService);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // as sent: a path with an escaped letter or digit never gets here (ServerErrorsConfiguration), and an id with
        // any other escape is not an engine id, which the staff rules refuse (EngineRestRules.ENGINE_ID)
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (uri.endsWith("application.wadl")) {
            // the REST APIs' machine-readable descriptions: a map for nobody who needs one
            ProblemWriter.write(response, 404, "There is nothing here");
            return;
        }
        Matcher door = DOOR.matcher(uri);
        if (!door.matches()) {
            chain.doFilter(request, response);
            return;
        }
        boolean restApi = door.group(2) == null;
        String engine = door.group(1) != null ? door.group(1) : door.group(2) != null ? door.group(2) : "default";
        // JAX-RS takes /task/abc/ as /task/abc: so do the rules below
        String trimmed = door.group(3) == null ? "" : door.group(3).replaceAll("/+$", "");
        String path = trimmed.isEmpty() ? "/" : trimmed;
        String method = request.getMethod();
        HttpServletRequest paged = QueryPaging.limit(request, method, path);
        if (ATTACHMENT_UPLOAD.matcher(path).matches()
                && (request.getContentLengthLong() < 0 || request.getContentLengthLong() > MAX_ATTACHMENT_BYTES)) {
            ProblemWriter.write(response, 413, "An attachment may be at most " + MAX_ATTACHMENT_BYTES / 1_000_000
                    + " MB, and its size must be given (Content-Length)");
            return;
        }
        if (STARTS.matcher(path).matches()) {
            // the engine would start it and Redress's first step would refuse it: say so plainly instead
            ProblemWriter.write(response, 403, "Complaints are recorded through Redress, which starts their "
                    + "procedure: a procedure cannot be started here");
            return;
        }
        if (AssigneeRequests.concerns(method, path)) {
            // everyone's, administrators' included: an emptied assignee box hands the task back to the team
            AssigneeRequests.Outcome assigning;
            try {
                assigning = assignees.check(paged, path);
            } catch (CachedBodyRequest.TooLarge e) {
                ProblemWriter.write(response, 413, "A task's assignee is a user id: this request is far larger than one");
                return;
            }
            if (assigning.refusal().isPresent()) {
                ProblemWriter.write(response, 400, assigning.refusal().get());
                return;
            }
            paged = assigning.request();
        }
        Optional<Caller> caller = callers.of(request, engine);
        if (caller.isEmpty() || caller.get().isAdministrator()) {
            // not signed in: Camunda's own filters answer 401
            caller.ifPresent(administrator -> formOpened(method, path));
            chain.doFilter(paged, response);
            return;
        }
        if (restApi ? !EngineRestRules.staffMayOnRestApi(method, path) : !EngineRestRules.staffMayOnWebApps(method, path)) {
            ProblemWriter.write(response, 404, "There is nothing here for you");
            return;
        }
        Optional<String> refusal = asCaller(caller.get(), () -> refusal(method, path));
        if (refusal.isPresent()) {
            ProblemWriter.write(response, refusal.get().startsWith("404") ? 404 : 403, refusal.get().substring(4));
            return;
        }
        if (TeammateLookup.concerns(method, path, request.getParameterMap())) {
            teammates.answer(caller.get(), request.getParameter("id"), response);
            return;
        }
        formOpened(method, path);
        Matcher task = TASK.matcher(path);
        if (task.matches() && task.group(2) != null && task.group(2).matches("/(submit-form|complete|resolve)")) {
            CachedBodyRequest body;
            try {
                body = CachedBodyRequest.of(paged);
            } catch (CachedBodyRequest.TooLarge e) {
                ProblemWriter.write(response, 413, "A task's form sends at most 1 MB");
                return;
            }
            TaskVariablesCheck.Checked checked = variables.check(task.group(1), body.body());
            if (checked.refusal().isPresent()) {
                ProblemWriter.write(response, 400, checked.refusal().get());
                return;
            }
            chain.doFilter(checked.body() == body.body() ? body : body.withBody(checked.body()), response);
            return;
        }
        chain.doFilter(paged, response);
    }

    /** Tells whoever keeps a form's shown values current that a task's form is opening (after the checks above). */
    private void formOpened(String method, String path) {
        Matcher form = FORM_VARIABLES.matcher(path);
        if (method.equals("GET") && form.matches()) {
            events.publishEvent(new TaskFormOpened(form.group(1)));
        }
    }

    /** Why the call is refused ("404 ..." or "403 ..."), judged with the caller's own authorizations. */
    private Optional<String> refusal(String method, String path) {
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
            String id = task.group(1);
            String rest = task.group(2) == null ? "" : task.group(2);
            if (taskService.createTaskQuery().taskId(id).count() == 0) {
                return Optional.of("404 No task " + id);
            }
            boolean write = !method.equals("GET");
            if (write && rest.matches("/(attachment|comment)(/.*)?") && !variables.mayWork(id)) {
                return Optional.of("403 Only the people working this task may add to it or remove from it");
            }
            if (method.equals("PUT") && rest.isEmpty()) {
                return Optional.of("403 A task's due date is the complaint's statutory date: it moves only with an "
                        + "extension recorded in the task's form");
            }
            if (write && rest.matches("/(variables|localVariables)(/.*)?")) {
                return Optional.of("403 A complaint's details change only by completing a task with its form");
            }
            return Optional.empty();
        }
        Matcher instance = INSTANCE.matcher(path);
        if (instance.matches()
                && runtimeService.createProcessInstanceQuery().processInstanceId(instance.group(1)).count() == 0) {
            return Optional.of("404 No complaint process " + instance.group(1));
        }
        return Optional.empty();
    }

    private <T> T asCaller(Caller caller, java.util.function.Supplier<T> work) {
        var before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(caller.userId(), caller.groupIds());
        try {
            return work.get();
        } finally {
            if (before == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(before);
            }
        }
    }
}
