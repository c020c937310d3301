package uk.redress.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A task's candidate group, and its assignee, get grants on that one task (and its history) only when their rights
 * on the whole procedure do not already give them the same: a procedure's own team reads, works and reads the
 * history of its tasks through its rights on the procedure, a team with no such rights (a shared stage's) or
 * someone appointed from outside the team through the task's own grants, and nobody else sees the task either way.
 */
class TaskGroupGrantsTest {

    private static final String PROCEDURE = "harborough-corporate";
    private static final String TEAM = "harborough-complaints-officers";
    private static final String STAGE_TEAM = "shared-stage-team";
    private static final String STRANGER = "warwickshire-customer-relations";

    private ProcessEngine engine;
    private AuthorizationService authorizations;
    private IdentityService identity;

    @BeforeEach
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:task-group-grants-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setAuthorizationEnabled(true);
        configuration.setEnableHistoricInstancePermissions(true);
        // as Redress configures it (application.yaml), which the engine reads as Permissions.TASK_WORK
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        configuration.setHistory("full");
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
        configuration.getProcessEnginePlugins().add(new EngineSecurityPlugin());
        configuration.setProcessEngineName("task-group-grants-" + System.nanoTime());
        engine = configuration.buildProcessEngine();
        authorizations = engine.getAuthorizationService();
        identity = engine.getIdentityService();
        BpmnModelInstance diagram = Bpmn.createExecutableProcess(PROCEDURE).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("investigate").camundaCandidateGroups(TEAM).camundaAssignee("${execution.hasVariable('assignee') ? assignee : null}")
                .userTask("panel").camundaCandidateGroups(STAGE_TEAM)
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("procedure.bpmn", diagram).deploy();
        grant(TEAM, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.READ_HISTORY);
        // like a shared stage's team: it may read the definition, never the procedure's tasks as a whole
        grant(STAGE_TEAM, ProcessDefinitionPermissions.READ);
        grant(STRANGER, ProcessDefinitionPermissions.READ);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void theProceduresOwnTeam_getsNoGrantOnTheTask_andStillReadsWorksAndReadsTheHistoryOfIt() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        assertThat(taskGrants(TEAM, task.getId())).as("grants on the task and its history").isZero();

        as(TEAM, () -> {
            assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(TEAM).list())
                    .extracting(Task::getId).containsExactly(task.getId());
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).count())
                    .isOne();
            engine.getTaskService().complete(task.getId());
        });
        as(STRANGER, () -> {
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isZero();
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
                    .count()).isZero();
        });
    }

    @Test
    void aTeamWithoutRightsOnTheProcedure_getsTheTasksOwnGrants_andSeesThatTaskOnly() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task first = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        engine.getTaskService().complete(first.getId());
        Task panel = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        assertThat(taskGrants(STAGE_TEAM, panel.getId())).as("grants on the task and its history").isEqualTo(2);

        as(STAGE_TEAM, () -> {
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).list())
                    .extracting(Task::getId).containsExactly(panel.getId());
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
                    .list()).extracting(historic -> historic.getId()).containsExactly(panel.getId());
            engine.getTaskService().complete(panel.getId());
        });
    }

    @Test
    void aTeamMissingOneRightOnTheProcedure_getsTheTasksOwnGrants() {
        // reads and works the procedure's tasks, but may not read their history: the task's history grant is needed
        takeAway(TEAM);
        grant(TEAM, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_WORK);

        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        assertThat(taskGrants(TEAM, task.getId())).isEqualTo(2);
    }

    @Test
    void aRightRevokedFromTheAssignee_isSeen_evenWhenSomeoneElseWasCheckedFirstInTheSameStep() {
        // the engine remembers, for the rest of a step, whether the first person it checked has any revocations:
        // here that is whoever starts the process, who has none, and the diagram then gives the task to sam
        member("starter", "starters");
        member("sam", TEAM);
        grant("starters", Resources.PROCESS_DEFINITION, PROCEDURE, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant("starters", Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        // sam may not read the procedure's history, whatever the team may
        revokeFrom("sam", ProcessDefinitionPermissions.READ_HISTORY);

        identity.setAuthentication("starter", List.of("starters"));
        String instance;
        try {
            instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE,
                    java.util.Map.of("assignee", "sam")).getId();
        } finally {
            identity.clearAuthentication();
        }
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        assertThat(task.getAssignee()).isEqualTo("sam");
        assertThat(userGrants("sam", task.getId())).as("sam's own grants on the task and its history")
                .isEqualTo(2);
        assertThat(taskGrants(TEAM, task.getId())).as("the team's rights on the procedure cover it").isZero();
    }

    @Test
    void aColleagueWhoseRightToWorkTheProcedureIsRevoked_cannotBeGivenTheTask_byATeamLeader() {
        member("lead", TEAM);
        member("sam", TEAM);
        takeAway(TEAM);
        grant(TEAM, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN,
                ProcessDefinitionPermissions.READ_HISTORY);
        revokeFrom("sam", ProcessDefinitionPermissions.TASK_WORK);
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        identity.setAuthentication("lead", List.of(TEAM));
        try {
            // the leader, checked first in the step, has no revocations; sam has one
            assertThatThrownBy(() -> engine.getTaskService().setAssignee(task.getId(), "sam"))
                    .hasMessageContaining("cannot be given this task");
            engine.getTaskService().setAssignee(task.getId(), "lead");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("lead");
    }

    @Test
    void theAnswerIsKeptForAMinute_andAKeptAnswerOnlyEverFailsClosed() {
        engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE);
        // within the minute the team's rights are taken away: the kept answer writes no grant for the next task...
        takeAway(TEAM);
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        assertThat(taskGrants(TEAM, task.getId())).isZero();
        // ...and the team, which may no longer read the procedure's tasks, does not see it
        as(TEAM, () -> assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count())
                .isZero());
    }

    @Test
    void aTeamWhoseRightsOnTheProcedureAreTakenAway_losesItsTasks() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        takeAway(TEAM);

        as(TEAM, () -> {
            assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(TEAM).count()).isZero();
            assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                    .isInstanceOf(AuthorizationException.class);
        });
    }

    @Test
    void aColleagueWhoTakesTheTask_getsNoGrantOfTheirOwn_andStillWorksIt() {
        member("sam", TEAM);
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        engine.getTaskService().setAssignee(task.getId(), "sam");

        assertThat(userGrants("sam", task.getId())).isZero();
        identity.setAuthentication("sam", List.of(TEAM));
        try {
            assertThat(engine.getTaskService().createTaskQuery().taskAssignee("sam").count()).isOne();
            engine.getTaskService().complete(task.getId());
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void someoneWithoutRightsOnTheProcedure_getsTheirOwnGrantsWhenGivenTheTask_andLosesTheTasksWhenItMovesOn() {
        member("ivy", STAGE_TEAM);
        member("sam", TEAM);
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCEDURE).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        engine.getTaskService().setAssignee(task.getId(), "ivy");

        assertThat(userGrants("ivy", task.getId())).as("grants on the task and its history").isEqualTo(2);
        identity.setAuthentication("ivy", List.of(STAGE_TEAM));
        try {
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isOne();
        } finally {
            identity.clearAuthentication();
        }

        engine.getTaskService().setAssignee(task.getId(), "sam");

        assertThat(authorizations.createAuthorizationQuery().userIdIn("ivy").resourceType(Resources.TASK)
                .resourceId(task.getId()).count()).as("the former assignee's grant on the task").isZero();
        // what they did on it stays theirs to read: their grant on its history is kept
        assertThat(authorizations.createAuthorizationQuery().userIdIn("ivy").resourceType(Resources.HISTORIC_TASK)
                .resourceId(task.getId()).count()).isOne();
        assertThat(userGrants("sam", task.getId())).isZero();
    }

    private void member(String user, String group) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            identity.saveGroup(identity.newGroup(group));
        }
        identity.saveUser(identity.newUser(user));
        identity.createMembership(user, group);
    }

    private long userGrants(String user, String taskId) {
        return authorizations.createAuthorizationQuery().userIdIn(user).resourceType(Resources.TASK)
                .resourceId(taskId).count()
                + authorizations.createAuthorizationQuery().userIdIn(user).resourceType(Resources.HISTORIC_TASK)
                .resourceId(taskId).count();
    }

    private long taskGrants(String group, String taskId) {
        return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.TASK)
                .resourceId(taskId).count()
                + authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.HISTORIC_TASK)
                .resourceId(taskId).count();
    }

    private void as(String group, Runnable work) {
        identity.setAuthentication("someone-of-" + group, List.of(group));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Grants the group exactly these permissions on the procedure's definition. */
    private void grant(String group, Permission... permissions) {
        grant(group, Resources.PROCESS_DEFINITION, PROCEDURE, permissions);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.setPermissions(new Permission[] {Permissions.NONE});
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    /** A revocation, in Camunda Admin's sense: the user may not have that permission on the procedure. */
    private void revokeFrom(String user, Permission permission) {
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(user);
        revoke.setResource(Resources.PROCESS_DEFINITION);
        revoke.setResourceId(PROCEDURE);
        revoke.removePermission(permission);
        authorizations.saveAuthorization(revoke);
    }

    /** Deletes the group's grants on the procedure's definition. */
    private void takeAway(String group) {
        authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(PROCEDURE).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
}
