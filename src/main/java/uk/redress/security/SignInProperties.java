package uk.redress.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed sign-ins allowed from one client address ({@code redress.sign-in.*}) before it must wait: guessing is
 * slowed down without ever locking an account, so an attacker cannot lock a team out of its work. And how long a
 * successful sign-in on the API doors is remembered, so that a member of staff's calls one after another do not each
 * check the password and look up the groups again.
 *
 * @param failuresAllowed failed sign-ins one address may make in a row
 * @param window          time in which that many failures are forgiven again
 * @param cache           how long a successful sign-in is remembered ({@link SignInCache}); zero remembers none
 */
@ConfigurationProperties("redress.sign-in")
public record SignInProperties(int failuresAllowed, Duration window, Duration cache) {

    public SignInProperties {
        failuresAllowed = failuresAllowed <= 0 ? 10 : failuresAllowed;
        window = window == null ? Duration.ofMinutes(10) : window;
        cache = cache == null ? Duration.ofSeconds(60) : cache.isNegative() ? Duration.ZERO : cache;
    }
}
