package uk.redress.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.redress.RedressSpringTest;

/** A complaint's clocks are read once per transaction, and only the running transaction's book is ever used. */
class ClockBookTest extends RedressSpringTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final java.util.function.Predicate<Deadline> MANAGED = clock -> true;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transaction;
    private TransactionTemplate newTransaction;
    private final DeadlineRepository repository = mock(DeadlineRepository.class);

    @BeforeEach
    void transactions() {
        transaction = new TransactionTemplate(transactionManager);
        newTransaction = new TransactionTemplate(transactionManager);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void noBookOutsideATransaction() {
        assertThat(ClockBook.current()).isEmpty();
    }

    @Test
    void readsAComplaintsClocksOnceInATransactionAndKeepsThoseItSaves() {
        Deadline later = clock(7L, "stage1-response");
        Deadline earlier = clock(3L, "stage1-acknowledgement");
        when(repository.findByComplaintReferenceAndStateIn(eq("HDC-1"), any())).thenReturn(List.of(later, earlier));

        transaction.executeWithoutResult(status -> {
            ClockBook book = ClockBook.current().orElseThrow();
            assertThat(book.of("HDC-1", repository, MANAGED)).containsExactly(earlier, later);
            Deadline opened = clock(9L, "stage2-response");
            book.added(opened);
            assertThat(ClockBook.current()).containsSame(book);
            assertThat(book.of("HDC-1", repository, MANAGED)).containsExactly(earlier, later, opened);
        });
        verify(repository, times(1)).findByComplaintReferenceAndStateIn(eq("HDC-1"), any());

        // the next transaction reads them afresh
        transaction.executeWithoutResult(status -> ClockBook.current().orElseThrow().of("HDC-1", repository, MANAGED));
        verify(repository, times(2)).findByComplaintReferenceAndStateIn(eq("HDC-1"), any());
    }

    @Test
    void aClockSavedBeforeItsComplaintWasReadIsFoundByTheRead() {
        Deadline saved = clock(4L, "stage1-response");
        // the database's answer includes the saved clock: Hibernate writes it out before it queries
        when(repository.findByComplaintReferenceAndStateIn(eq("HDC-1"), any()))
                .thenReturn(new ArrayList<>(List.of(saved, clock(2L, "stage1-acknowledgement"))));
        transaction.executeWithoutResult(status -> {
            ClockBook book = ClockBook.current().orElseThrow();
            book.added(saved); // its complaint not yet read: left to the read
            assertThat(book.of("HDC-1", repository, MANAGED)).extracting(Deadline::getId).containsExactly(2L, 4L);
        });
    }

    @Test
    void clocksNoLongerManagedAreReadAgain() {
        when(repository.findByComplaintReferenceAndStateIn(eq("HDC-1"), any()))
                .thenReturn(List.of(clock(3L, "stage1-response")));
        transaction.executeWithoutResult(status -> {
            ClockBook book = ClockBook.current().orElseThrow();
            book.of("HDC-1", repository, MANAGED);
            book.of("HDC-1", repository, clock -> false); // the persistence context was cleared meanwhile
        });
        verify(repository, times(2)).findByComplaintReferenceAndStateIn(eq("HDC-1"), any());
    }

    @Test
    void aTransactionStartedInsideAnotherHasItsOwnBook() {
        transaction.executeWithoutResult(outer -> {
            ClockBook outerBook = ClockBook.current().orElseThrow();
            Optional<ClockBook> innerBook = newTransaction.execute(inner -> ClockBook.current());
            assertThat(innerBook).isPresent();
            assertThat(innerBook.get()).isNotSameAs(outerBook);
            assertThat(ClockBook.current()).containsSame(outerBook);
        });
    }

    @Test
    void clocksComeInTheOrderTheyWereWritten_notByTheirIds_whichTwoNodesTakeInBlocks() {
        // stage 1's acknowledgement written yesterday on the node holding ids 101-150, stage 2's today on this one
        Deadline stage1 = clock(120L, "acknowledgement", WRITTEN.minusSeconds(86_400));
        Deadline stage2 = clock(12L, "acknowledgement", WRITTEN);
        when(repository.findByComplaintReferenceAndStateIn(eq("HDC-1"), any()))
                .thenReturn(new ArrayList<>(List.of(stage2, stage1)));

        transaction.executeWithoutResult(status -> assertThat(ClockBook.current().orElseThrow()
                .of("HDC-1", repository, MANAGED)).containsExactly(stage1, stage2));
    }

    private static final java.time.Instant WRITTEN = java.time.Instant.parse("2026-03-02T10:00:00Z");

    /** A clock written at the same moment as the others: their ids order them. */
    private static Deadline clock(long id, String name) {
        return clock(id, name, WRITTEN);
    }

    private static Deadline clock(long id, String name, java.time.Instant written) {
        Deadline deadline = new Deadline("HDC-1", "process", name, DAY, DAY, DAY.plusDays(28));
        ReflectionTestUtils.setField(deadline, "id", id);
        ReflectionTestUtils.setField(deadline, "written", uk.redress.persistence.WrittenAt.of(written));
        return deadline;
    }
}
