package uk.redress.engine;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling Camunda's REST API: on {@code /engine-rest} the engine's authentication (set by its HTTP Basic
 * filter, which runs first), on the web apps' {@code /camunda/api} the signed-in user of the web apps' session
 * (their own filter sets the engine's authentication only after ours has run).
 */
@Component
public class EngineCallers {

    private final IdentityService identityService;

    EngineCallers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public record Caller(String userId, List<String> groupIds) {
        public boolean isAdministrator() {
            return groupIds.contains("camunda-admin");
        }
    }

    public Optional<Caller> of(HttpServletRequest request, String engineName) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return Optional.of(new Caller(current.getUserId(),
                    current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds())));
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
        if (signedIn == null || !(signedIn.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getName(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
    }
}
