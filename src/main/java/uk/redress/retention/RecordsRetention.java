package uk.redress.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, after the engine's history cleanup, removes the personal details of complaints whose history has
 * reached its removal time. Safe on several nodes at once: a complaint already done is skipped.
 */
@Component
public class RecordsRetention {

    private static final Logger log = LoggerFactory.getLogger(RecordsRetention.class);

    private final ComplaintsPastRetention due;
    private final PersonalDetailsRemoval removal;
    private final RetentionProperties properties;
    private final Clock clock;

    RecordsRetention(ComplaintsPastRetention due, PersonalDetailsRemoval removal, RetentionProperties properties,
                     Clock clock) {
        this.due = due;
        this.removal = removal;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${redress.retention.cron:" + RetentionProperties.DEFAULT_CRON + "}", zone = "Europe/London")
    void nightly() {
        if (properties.enabled()) {
            sweep();
        }
    }

    /** Makes anonymous every complaint past retention now (up to the night's bound); returns how many. */
    public int sweep() {
        Instant now = clock.instant();
        List<String> references = due.at(now, properties.mostPerRun());
        int removed = 0;
        for (int from = 0; from < references.size(); from += properties.batchSize()) {
            removed += removal.remove(references.subList(from,
                    Math.min(references.size(), from + properties.batchSize())), now);
        }
        if (removed > 0) {
            log.info("Removed the personal details of {} complaints past their retention period", removed);
        }
        return removed;
    }
}
