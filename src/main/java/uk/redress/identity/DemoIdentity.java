package uk.redress.identity;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: one user per staff group the diagrams use (password = user name = group id), with
 * Tasklist access and the rights to work their procedures' complaints and nothing else, plus a read-only
 * {@code auditor} for Cockpit. {@code demo}/{@code demo} is the administrator (camunda.bpm.admin-user).
 * Never active in production: those profiles take users from the council's identity set-up.
 */
@Component
@Profile("demo")
class DemoIdentity {

    static final String AUDITORS = "auditors";
    /** What a procedure's team holds on its process definition: see README "Security". */
    static final Permission[] STAFF_PERMISSIONS = {ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN,
            ProcessDefinitionPermissions.READ_HISTORY};
    private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final ProcedureTeams teams;

    DemoIdentity(IdentityService identityService, AuthorizationService authorizationService, ProcedureTeams teams) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.teams = teams;
    }

    @Order(20)
    @EventListener(ApplicationReadyEvent.class)
    void createDemoUsers() {
        Map<String, Set<String>> byProcedure = teams.groupsByProcedure();
        Map<String, Set<String>> appointedOnly = teams.appointedOnlyGroupsByProcedure();
        Map<String, Set<String>> called = teams.calledByProcedure();
        byProcedure.forEach((procedure, groups) -> groups.forEach(group -> {
            ensureGroupAndUser(group);
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            if (appointedOnly.getOrDefault(procedure, Set.of()).contains(group)) {
                // no rights on the procedure's complaints: only on those they are appointed to (Appointments)
                revokeAll(group, Resources.PROCESS_DEFINITION, procedure);
                grant(group, Resources.PROCESS_DEFINITION, procedure, ProcessDefinitionPermissions.READ);
                return;
            }
            // work the procedure's tasks (and so record its complaints, through Redress), never start, change or
            // cancel its processes by hand: complaints start only at intake, variables change only through forms
            grant(group, Resources.PROCESS_DEFINITION, procedure, STAFF_PERMISSIONS);
            // the shared stages it calls: the definition only (the engine reads it to start the stage when a team
            // member completes a step), never their instances, which hold every council's complaints
            called.getOrDefault(procedure, Set.of()).stream()
                    .filter(stage -> !byProcedure.getOrDefault(stage, Set.of()).contains(group))
                    .forEach(stage -> grant(group, Resources.PROCESS_DEFINITION, stage, ProcessDefinitionPermissions.READ));
            revokeAll(group, Resources.PROCESS_INSTANCE, Authorization.ANY);
            grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        }));
        ensureGroupAndUser(AUDITORS);
        grant(AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // every procedure and the shared stages they call, read-only
        grant(AUDITORS, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grant(AUDITORS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        log.info("Demo identity ready: users {} and auditor (password = user name)", byProcedure.values());
    }

    private void ensureGroupAndUser(String id) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(id);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(id);
            user.setLastName("(demo)");
            user.setPassword(id);
            user.setEmail(id + "@redress.invalid");
            identityService.saveUser(user);
            identityService.createMembership(id, id);
        }
    }

    private void revokeAll(String group, Resource resource, String resourceId) {
        authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(resourceId).list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    /** Grants exactly these permissions, replacing what an earlier version of the demo granted. */
    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).list().stream()
                .filter(existing -> existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT).findFirst()
                .orElseGet(() -> authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT));
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.setPermissions(new Permission[] {Permissions.NONE});
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
