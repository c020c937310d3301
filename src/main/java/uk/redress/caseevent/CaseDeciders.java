package uk.redress.caseevent;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.redress.deployment.ProcedurePolicy;
import uk.redress.problem.Forbidden;

/**
 * Who may decide to suspend, resume or re-open a complaint: the group a procedure's diagram names in the process
 * property {@value #PROPERTY} (Warwickshire: its Service Managers, seed 004 sections 6 and 9 and "Roles and
 * Responsibilities"), or an administrator. A procedure that names nobody leaves it to whoever works its complaints.
 * The decision is recorded with the signed-in user, not only with a name typed into the request.
 */
@Component
class CaseDeciders {

    static final String PROPERTY = "caseDecisionGroup";
    private static final String ADMINISTRATORS = "camunda-admin";

    private final ProcedurePolicy policy;

    CaseDeciders(ProcedurePolicy policy) {
        this.policy = policy;
    }

    /** The signed-in user's id, once they are shown to be allowed to {@code decision} for the procedure. */
    String require(String procedure, String decision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication == null ? null : authentication.getName();
        Set<String> groups = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        policy.property(procedure, PROPERTY).ifPresent(group -> {
            if (!groups.contains(group) && !groups.contains(ADMINISTRATORS)) {
                throw new Forbidden("Under the " + procedure + " procedure only " + group + " may " + decision
                        + " a complaint");
            }
        });
        return user;
    }
}
