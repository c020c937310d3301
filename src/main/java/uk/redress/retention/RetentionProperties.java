package uk.redress.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code redress.retention.*}: when the nightly sweep removes personal details whose time is up.
 *
 * @param enabled   whether the sweep runs on its own (it can always be run by an administrator's call)
 * @param cron      when, Europe/London: after the engine's history cleanup window (01:00-05:00) by default
 * @param batchSize complaints made anonymous in one transaction
 * @param mostPerRun a bound on one night's work, so that a first run over years of backlog still ends
 */
@ConfigurationProperties("redress.retention")
public record RetentionProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue(RetentionProperties.DEFAULT_CRON) String cron,
                                  @DefaultValue("200") int batchSize,
                                  @DefaultValue("50000") int mostPerRun) {

    /** 05:30 every day: after the engine's history cleanup window. */
    static final String DEFAULT_CRON = "0 30 5 * * *";
}
