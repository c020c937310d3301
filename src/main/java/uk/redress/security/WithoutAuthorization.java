package uk.redress.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs Redress's own bookkeeping on the engine (starting a letter's delivery, reading a task's form or candidate
 * groups, finding a team's members) without the signed-in member of staff's authorizations: they may complete a
 * task without being allowed to start the delivery process or read the user list, and the bookkeeping must happen
 * all the same. The engine checks authorizations only for an authenticated user, so the work runs with nobody
 * signed in to the engine and the person is signed back in after. Never used for anything a member of staff asked
 * for directly.
 */
@Component
public class WithoutAuthorization {

    private final IdentityService identityService;

    public WithoutAuthorization(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T run(Supplier<T> work) {
        var signedIn = identityService.getCurrentAuthentication();
        if (signedIn == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(signedIn);
        }
    }
}
