package uk.redress.engine;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may hold a task, and which tasks carry grants of their own.
 *
 * <p>The engine lets anyone who may work a task hand it to any user id and leaves the previous assignee's grant on
 * the task for ever. Redress refuses, when a person does it, an assignee who could not work the task themselves
 * (another council's officer, an unknown id), and takes the previous assignee's personal grant away when the task
 * changes hands or goes back to the team.
 *
 * <p>The engine also gives each task's candidate group a grant on that one task, and another on its history, which
 * stays in the authorization table until the complaint's history is removed, six years on. A team that already
 * holds on the task's whole procedure what those grants give (read its tasks, work them, read their history) gains
 * nothing from them, and every task query reads them: they are not written for it. A team without those rights on
 * the procedure (a shared stage's, whose complaints belong to every council) gets them as before. So a team's
 * access to its own procedure's tasks follows its rights on the procedure, and taking those away takes the tasks
 * away too. The same holds for a task's assignee: someone whose team holds those rights (a colleague who claims
 * the task) gets no grant of their own, while someone appointed to one complaint does.
 */
class TaskAssigneeAuthorizations extends DefaultAuthorizationProvider {

    /**
     * Each answer of {@link #heldOnTheProcedure} kept for a minute, so a team's tasks in one procedure (or a shared
     * stage) cost the two queries once a minute, not once a task. A kept answer can only fail closed: a kept "held"
     * after the rights were taken away writes no grant, and the engine then refuses at query time as it should; a
     * kept "not held" after rights were given writes the task's own grants, as the engine always did.
     */
    static final Duration ANSWERS_KEPT = Duration.ofMinutes(1);

    private record Question(String userId, List<String> groupIds, String processDefinitionId) {
    }

    private final Cache<Question, Boolean> answers = Caffeine.newBuilder().expireAfterWrite(ANSWERS_KEPT)
            .maximumSize(10_000).build();

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        if (groupId != null && held(task, null, List.of(groupId))) {
            return null;
        }
        return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    private boolean held(Task task, String userId, List<String> groupIds) {
        if (task.getProcessDefinitionId() == null || Context.getCommandContext() == null) {
            return false;
        }
        return answers.get(new Question(userId, List.copyOf(groupIds), task.getProcessDefinitionId()),
                question -> heldOnTheProcedure(task, userId, groupIds));
    }

    /**
     * Whether the user (or, with no user, the groups) holds on the task's process definition (or on every
     * definition) each right the engine's grants on the task would give. One query (and one for revocations),
     * answered as the engine answers any check.
     */
    private static boolean heldOnTheProcedure(Task task, String userId, List<String> groupIds) {
        if (task.getProcessDefinitionId() == null || Context.getCommandContext() == null) {
            return false;
        }
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        String procedure = configuration.getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
        PermissionCheckBuilder rights = new PermissionCheckBuilder().conjunctive()
                .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, procedure, ProcessDefinitionPermissions.READ_TASK)
                .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, procedure,
                        // the configured permission may be Permissions.TASK_WORK or TaskPermissions.TASK_WORK
                        TaskPermissions.TASK_WORK.getName().equals(configuration.getDefaultUserPermissionForTask().getName())
                                ? ProcessDefinitionPermissions.TASK_WORK : ProcessDefinitionPermissions.UPDATE_TASK);
        if (configuration.isEnforceSpecificVariablePermission()) {
            rights.atomicCheckForResourceId(Resources.PROCESS_DEFINITION, procedure,
                    ProcessDefinitionPermissions.READ_TASK_VARIABLE);
        }
        if (configuration.isEnableHistoricInstancePermissions()) {
            rights.atomicCheckForResourceId(Resources.PROCESS_DEFINITION, procedure,
                    ProcessDefinitionPermissions.READ_HISTORY);
            if (configuration.isEnforceSpecificVariablePermission()) {
                rights.atomicCheckForResourceId(Resources.PROCESS_DEFINITION, procedure,
                        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
            }
        }
        // not the command's manager: it may have answered for someone else whether they have revocations (Rights)
        return new Rights(userId, groupIds).hold(rights.build());
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        CommandContext context = Context.getCommandContext();
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        boolean byPerson = context != null && context.getAuthentication() != null;
        // a task the diagram is creating with its assignee (e.g. an appointed investigator) is the process
        // owner's assignment, not a person's: only a task already stored can be handed over
        if (byPerson && newAssignee != null && stored(configuration, task) && !mayWork(configuration, task, newAssignee)) {
            throw new BadUserRequestException("'" + newAssignee + "' cannot be given this task: they are not "
                    + "one of the team who work it");
        }
        if (context != null && oldAssignee != null && !oldAssignee.equals(newAssignee)) {
            AuthorizationService authorizations = configuration.getAuthorizationService();
            context.runWithoutAuthorization(() -> {
                authorizations.createAuthorizationQuery().userIdIn(oldAssignee).resourceType(Resources.TASK)
                        .resourceId(task.getId()).list()
                        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
                return null;
            });
        }
        if (newAssignee != null && held(task, newAssignee, groupsOf(context, configuration, newAssignee))) {
            return null;
        }
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    /** The signed-in person's groups as their sign-in holds them; anyone else's from the identity service. */
    private static List<String> groupsOf(CommandContext context, ProcessEngineConfigurationImpl configuration,
                                         String userId) {
        if (context == null) {
            return List.of();
        }
        if (context.getAuthentication() != null && userId.equals(context.getAuthentication().getUserId())) {
            List<String> groups = context.getAuthentication().getGroupIds();
            return groups == null ? List.of() : groups;
        }
        return context.runWithoutAuthorization(() -> configuration.getIdentityService().createGroupQuery()
                .groupMember(userId).list().stream().map(Group::getId).toList());
    }

    private static boolean stored(ProcessEngineConfigurationImpl configuration, Task task) {
        return Context.getCommandContext().runWithoutAuthorization(() ->
                configuration.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0);
    }

    private static boolean mayWork(ProcessEngineConfigurationImpl configuration, Task task, String userId) {
        IdentityService identity = configuration.getIdentityService();
        return Context.getCommandContext().runWithoutAuthorization(() -> {
            if (identity.createUserQuery().userId(userId).count() == 0) {
                return false;
            }
            List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).toList();
            Rights rights = new Rights(userId, groups);
            String definitionKey = task.getProcessDefinitionId() == null ? null
                    : configuration.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
            return rights.hold(TaskPermissions.TASK_WORK, Resources.TASK, task.getId())
                    || definitionKey != null && rights.hold(ProcessDefinitionPermissions.TASK_WORK,
                            Resources.PROCESS_DEFINITION, definitionKey)
                    // someone appointed to this one complaint (e.g. an Independent Investigator): the appointment
                    // is on the process that appointed them, which may have called the one this task is in
                    || appointed(configuration, rights, task.getProcessInstanceId());
        });
    }

    private static boolean appointed(ProcessEngineConfigurationImpl configuration, Rights rights,
                                     String processInstanceId) {
        String instance = processInstanceId;
        while (instance != null) {
            if (rights.hold(Permissions.READ, Resources.PROCESS_INSTANCE, instance)) {
                return true;
            }
            var caller = configuration.getRuntimeService().createProcessInstanceQuery().subProcessInstanceId(instance)
                    .singleResult();
            instance = caller == null ? null : caller.getId();
        }
        return false;
    }

    /**
     * One person's rights, checked with an authorization manager of their own rather than the command's (or the
     * authorization service's, which inside a command uses the command's): that one remembers, for the whole command,
     * whether the first person it checked has revocations, and this is someone else. One manager per person, so
     * their revocations are looked up once.
     */
    private static final class Rights {

        private final String userId;
        private final List<String> groups;
        private final AuthorizationManager manager = new CallerGroupsAuthorizations.CallerGroupsAuthorizationManager();

        Rights(String userId, List<String> groups) {
            this.userId = userId;
            this.groups = groups;
        }

        boolean hold(Permission permission, Resource resource, String resourceId) {
            return manager.isAuthorized(userId, groups, permission, resource, resourceId);
        }

        boolean hold(CompositePermissionCheck checks) {
            return manager.isAuthorized(userId, groups, checks);
        }
    }
}
