package uk.redress.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed sign-ins allowed from one client address ({@code redress.sign-in.*}) before it must wait: guessing is
 * slowed down without ever locking an account, so an attacker cannot lock a team out of its work.
 *
 * @param failuresAllowed failed sign-ins one address may make in a row
 * @param window          time in which that many failures are forgiven again
 */
@ConfigurationProperties("redress.sign-in")
public record SignInProperties(int failuresAllowed, Duration window) {

    public SignInProperties {
        failuresAllowed = failuresAllowed <= 0 ? 10 : failuresAllowed;
        window = window == null ? Duration.ofMinutes(10) : window;
    }
}
