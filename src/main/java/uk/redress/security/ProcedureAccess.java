package uk.redress.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.redress.problem.Forbidden;

/**
 * Who may do what with which procedure's complaints. The engine's authorizations on the procedure's process
 * definition are the one source of truth, the same ones Tasklist and Cockpit obey, so an administrator grants
 * a team a procedure in Camunda Admin and the Redress API follows.
 */
@Component
public class ProcedureAccess {

    private final AuthorizationService authorizationService;

    public ProcedureAccess(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public boolean canRead(String procedure) {
        return allowed(ProcessDefinitionPermissions.READ_INSTANCE, procedure);
    }

    /**
     * Recording a complaint is part of working the procedure (TASK_WORK on its definition). Nobody holds
     * CREATE_INSTANCE: Redress starts the process itself, so a complaint starts only through intake.
     */
    public void requireStart(String procedure) {
        if (!allowed(ProcessDefinitionPermissions.TASK_WORK, procedure)) {
            throw new Forbidden("You may not record complaints under procedure " + procedure);
        }
    }

    /** Acting on a complaint (escalation, withdrawal...) is working the procedure, as for its tasks. */
    public void requireWork(String procedure) {
        if (!allowed(ProcessDefinitionPermissions.TASK_WORK, procedure)) {
            throw new Forbidden("You may not act on complaints under procedure " + procedure);
        }
    }

    private boolean allowed(Permission permission, String procedure) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || procedure == null) {
            return false;
        }
        List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return authorizationService.isUserAuthorized(authentication.getName(), groups, permission,
                Resources.PROCESS_DEFINITION, procedure);
    }
}
