package uk.redress.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on the residents' pages ({@code redress.portal.*}).
 *
 * @param attemptsAllowed form posts and followed links one address may make in a window
 * @param window          the window over which those attempts are allowed again
 * @param baseUrl         the address residents reach Redress at, for the links in their emails
 * @param linkDaysAfterClosing days a closed complaint's link keeps working where no escalation window runs longer
 */
@ConfigurationProperties("redress.portal")
public record PortalProperties(int attemptsAllowed, Duration window, String baseUrl, int linkDaysAfterClosing) {

    public PortalProperties {
        linkDaysAfterClosing = linkDaysAfterClosing <= 0 ? 28 : linkDaysAfterClosing;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        attemptsAllowed = attemptsAllowed <= 0 ? 30 : attemptsAllowed;
        window = window == null ? Duration.ofMinutes(10) : window;
    }
}
