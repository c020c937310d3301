package uk.redress.deadline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A complaint's clocks, read once per transaction. One step of a procedure reads the same complaint's clocks several
 * times (opening a clock closes the one it replaces, a task's due date and its timer each read the clock), and each
 * read was a query. The clocks are read once, when a transaction first needs them, and kept with the transaction;
 * they are the persistence context's own managed objects, so a change made through one read is the change every
 * later read sees, and a clock opened in the transaction is added as it is saved.
 * <p>
 * Outside a transaction the clocks are queried each time, as before. A transaction started inside another (a
 * {@code REQUIRES_NEW} step, whose persistence context is its own) has a book of its own. Should the persistence
 * context ever be cleared in the middle of a transaction, the kept clocks would no longer be managed (a change to
 * them would be lost): the book notices and reads them again.
 */
final class ClockBook implements TransactionSynchronization {

    private static final Set<DeadlineState> ALL = EnumSet.allOf(DeadlineState.class);

    private final Map<String, List<Deadline>> clocks = new HashMap<>();

    /** The current transaction's book, made on first use; empty outside a transaction. */
    static Optional<ClockBook> current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        // the synchronizations are the running transaction's own: a suspended transaction's book is not among them
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof ClockBook book) {
                return Optional.of(book);
            }
        }
        ClockBook book = new ClockBook();
        TransactionSynchronizationManager.registerSynchronization(book);
        return Optional.of(book);
    }

    /**
     * Every clock of the complaint in any state, in the order they were written, read from the database the first time
     * (and again if {@code managed} says the kept ones have left the persistence context).
     */
    List<Deadline> of(String reference, DeadlineRepository repository, Predicate<Deadline> managed) {
        List<Deadline> kept = clocks.get(reference);
        if (kept != null && (kept.isEmpty() || managed.test(kept.get(0)))) {
            return kept;
        }
        List<Deadline> read = new ArrayList<>(repository.findByComplaintReferenceAndStateIn(reference, ALL));
        read.sort(Deadline.WRITTEN);
        clocks.put(reference, read);
        return read;
    }

    /** A clock saved in this transaction: later reads of its complaint find it. */
    void added(Deadline deadline) {
        List<Deadline> known = clocks.get(deadline.getComplaintReference());
        if (known != null) {
            known.add(deadline);
        }
    }
}
