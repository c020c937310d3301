package uk.redress.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How letters leave the correspondence log ({@code redress.letters.*}).
 *
 * @param dispatch   send each letter as soon as the step that wrote it commits, and look for letters left behind
 *                   every {@code sweepEvery}; {@code false} leaves every letter queued (tests send them by hand)
 * @param retryAfter the waits before each further attempt after a failure; once used up the letter waits for a
 *                   person to send it again (default 1, 5 and 15 minutes, 1 and 4 hours: six attempts in all)
 * @param sweepEvery how often each node looks for letters due to leave (failed ones due again, ones a restart left
 *                   behind); default 30 seconds
 */
@ConfigurationProperties("redress.letters")
public record LetterDispatchProperties(Boolean dispatch, List<Duration> retryAfter, Duration sweepEvery) {

    public LetterDispatchProperties {
        dispatch = dispatch == null || dispatch;
        retryAfter = retryAfter == null ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4)) : List.copyOf(retryAfter);
        sweepEvery = sweepEvery == null ? Duration.ofSeconds(30) : sweepEvery;
        if (sweepEvery.isNegative() || sweepEvery.isZero()) {
            throw new IllegalArgumentException("redress.letters.sweep-every must be positive");
        }
    }

    /** When to try again after attempt number {@code attempts} failed at {@code now}; null when none is left. */
    Instant nextAttempt(int attempts, Instant now) {
        return attempts >= 1 && attempts <= retryAfter.size() ? now.plus(retryAfter.get(attempts - 1)) : null;
    }
}
