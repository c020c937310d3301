package uk.redress.complaint;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues references such as {@code HDC-2026-000042}: the council's prefix (from its diagram), the year the
 * complaint was received and a number counted per prefix and year. The counter row is locked for the rest of
 * the intake transaction, so two intakes on any nodes can never get the same number; the unique constraint on
 * the reference is the second line of defence.
 */
@Component
class References {

    private final ReferenceCounterRepository counters;
    private final TransactionTemplate separateTransaction;

    References(ReferenceCounterRepository counters, PlatformTransactionManager transactionManager) {
        this.counters = counters;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Must run inside the intake transaction: the lock is what makes the number unique. */
    String next(String prefix, int year) {
        String series = prefix + "-" + year;
        ReferenceCounter counter = counters.lockSeries(series).orElseGet(() -> create(series));
        return "%s-%06d".formatted(series, counter.next());
    }

    private ReferenceCounter create(String series) {
        try {
            // committed on its own so a concurrent first intake of the year waits on the row, not on a duplicate key
            separateTransaction.executeWithoutResult(status -> counters.saveAndFlush(new ReferenceCounter(series)));
        } catch (DataIntegrityViolationException someoneElseCreatedIt) {
            // another node created the series a moment ago: fine, lock theirs below
        }
        return counters.lockSeries(series).orElseThrow();
    }
}
