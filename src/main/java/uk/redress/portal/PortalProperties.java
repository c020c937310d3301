package uk.redress.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on the residents' pages ({@code redress.portal.*}).
 *
 * @param attemptsAllowed form posts and followed links one address may make in a window
 * @param window          the window over which those attempts are allowed again
 */
@ConfigurationProperties("redress.portal")
public record PortalProperties(int attemptsAllowed, Duration window) {

    public PortalProperties {
        attemptsAllowed = attemptsAllowed <= 0 ? 30 : attemptsAllowed;
        window = window == null ? Duration.ofMinutes(10) : window;
    }
}
