package uk.redress.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's REST API signs in with HTTP Basic as Camunda's own filter does, but through {@link SignInCache}: the
 * result carries the user's groups and tenants, so the filter looks nothing up, and a user's calls one after
 * another check the password once. Refused sign-ins answer 401 with Camunda's own challenge.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private final SignInCache signIns;

    EngineRestAuthentication(SignInCache signIns) {
        this.signIns = signIns;
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        super.init(filterConfig);
        authenticationProvider = new CachedBasic(signIns);
    }

    /** Camunda's HTTP Basic provider, with the sign-in remembered. */
    static final class CachedBasic implements AuthenticationProvider {

        private static final String BASIC = "Basic ";

        private final SignInCache signIns;

        CachedBasic(SignInCache signIns) {
            this.signIns = signIns;
        }

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                return AuthenticationResult.unsuccessful();
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return AuthenticationResult.unsuccessful();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return AuthenticationResult.unsuccessful();
            }
            String user = decoded.substring(0, colon);
            return signIns.signIn(user, decoded.substring(colon + 1)).map(signedIn -> {
                AuthenticationResult result = AuthenticationResult.successful(signedIn.user());
                result.setGroups(signedIn.groups());
                result.setTenants(signedIn.tenants());
                return result;
            }).orElseGet(() -> AuthenticationResult.unsuccessful(user));
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + engine.getName() + "\"");
        }
    }
}
