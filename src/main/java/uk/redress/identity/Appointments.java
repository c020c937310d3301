package uk.redress.identity;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.redress.security.WithoutAuthorization;

/**
 * People appointed to one complaint, such as an Independent Investigator: the procedure's process property
 * {@code appointedOnlyGroups} gives their group no rights on the procedure's complaints, and
 * {@code ${appointments.appoint(execution, investigatingOfficer)}} on the appointing step lets the appointed user
 * read this complaint's process. Their task is assigned to them, which the engine's default authorizations let them
 * see and complete; nobody else in their group sees either.
 */
@Component("appointments")
public class Appointments {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final WithoutAuthorization withoutAuthorization;
    private final RepositoryService repositoryService;
    private final ProcedureTeams teams;

    Appointments(IdentityService identityService, AuthorizationService authorizationService,
                 WithoutAuthorization withoutAuthorization, RepositoryService repositoryService, ProcedureTeams teams) {
        this.repositoryService = repositoryService;
        this.teams = teams;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.withoutAuthorization = withoutAuthorization;
    }

    public void appoint(DelegateExecution execution, Object user) {
        String userId = user == null ? "" : user.toString().trim();
        if (userId.isEmpty()) {
            throw new IllegalArgumentException("Name the user to appoint (their Redress user id)");
        }
        String processInstanceId = execution.getProcessInstanceId();
        String procedure = repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        withoutAuthorization.run(() -> {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                throw new IllegalArgumentException("There is no Redress user '" + userId
                        + "': appoint someone by their user id");
            }
            // only someone of the procedure's appointed groups (or its own team): never another council's officer
            Set<String> eligible = new HashSet<>(teams.appointedOnlyGroupsByProcedure().getOrDefault(procedure, Set.of()));
            eligible.addAll(teams.groupsByProcedure().getOrDefault(procedure, Set.of()));
            boolean member = identityService.createGroupQuery().groupMember(userId).list().stream()
                    .anyMatch(group -> eligible.contains(group.getId()));
            if (!member) {
                throw new IllegalArgumentException("'" + userId + "' cannot be appointed to this complaint: appoint "
                        + "someone from " + String.join(", ", new TreeSet<>(eligible)));
            }
            boolean granted = authorizationService.createAuthorizationQuery().userIdIn(userId)
                    .resourceType(Resources.PROCESS_INSTANCE).resourceId(processInstanceId).count() > 0;
            if (!granted) {
                Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setUserId(userId);
                read.setResource(Resources.PROCESS_INSTANCE);
                read.setResourceId(processInstanceId);
                read.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(read);
            }
            return null;
        });
    }
}
