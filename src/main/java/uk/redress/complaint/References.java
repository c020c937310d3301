package uk.redress.complaint;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues references such as {@code HDC-2026-000042}: the council's prefix (from its diagram), the year the
 * complaint was received and a number counted per prefix and year. The number is taken in a short transaction of
 * its own that locks the counter row, so two intakes on any nodes never get the same number and intakes do not
 * queue behind each other's process start; an intake that then fails leaves a gap, never a duplicate. The unique
 * constraint on the reference is the second line of defence.
 */
@Component
class References {

    private final ReferenceCounterRepository counters;
    private final TransactionTemplate separateTransaction;
    private final TransactionTemplate creation;

    References(ReferenceCounterRepository counters, PlatformTransactionManager transactionManager) {
        this.counters = counters;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.creation = new TransactionTemplate(transactionManager);
        this.creation.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String prefix, int year) {
        String series = prefix + "-" + year;
        return separateTransaction.execute(status -> {
            if (counters.increment(series) == 0) {
                create(series);
                counters.increment(series);
            }
            return "%s-%06d".formatted(series, counters.lastNumber(series));
        });
    }

    private void create(String series) {
        try {
            // committed on its own so a concurrent first intake of the year waits on the row, not on a duplicate key
            creation.executeWithoutResult(status -> counters.saveAndFlush(new ReferenceCounter(series)));
        } catch (DataIntegrityViolationException someoneElseCreatedIt) {
            // another node created the series a moment ago: fine, count on theirs
        }
    }
}
