package uk.redress.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CorrespondenceRepository extends JpaRepository<Correspondence, String> {

    // written out, not derived: Hibernate keeps a written query's translation (see DeadlineRepository)
    @Query("select c from Correspondence c where c.complaintReference = :reference order by c.queuedAt asc, c.id asc")
    List<Correspondence> findByComplaintReferenceOrderByQueuedAtAscIdAsc(String reference);

    /** Posted letters rendered for printing and not yet printed, for these procedures, oldest first. */
    @Query("""
            select c from Correspondence c
            where c.route = uk.redress.notification.Route.POST
              and c.status = uk.redress.notification.CorrespondenceStatus.SENT
              and c.printedAt is null and c.procedure in :procedures
            order by c.queuedAt asc, c.id asc""")
    List<Correspondence> awaitingPrint(java.util.Collection<String> procedures,
                                       org.springframework.data.domain.Pageable page);

    /** Marks a letter printed and posted, once: 0 when it is not waiting to be printed (already marked). */
    @Modifying
    @Query("""
            update Correspondence c set c.printedBy = :who, c.printedAt = :when, c.version = c.version + 1
            where c.id = :id and c.route = uk.redress.notification.Route.POST
              and c.status = uk.redress.notification.CorrespondenceStatus.SENT and c.printedAt is null""")
    int markPrinted(String id, String who, Instant when);

    /**
     * Claims a message for one delivery attempt: queued or failed, or an attempt that started before
     * {@code interruptedBefore} and never finished (its node died mid-send). 0 when it is already sent or a live
     * attempt holds it.
     */
    @Modifying
    @Query("""
            update Correspondence c set c.status = uk.redress.notification.CorrespondenceStatus.SENDING,
                   c.attempts = c.attempts + 1, c.attemptStartedAt = :now, c.version = c.version + 1
            where c.id = :id and (c.status in (uk.redress.notification.CorrespondenceStatus.QUEUED,
                                              uk.redress.notification.CorrespondenceStatus.FAILED)
                   or (c.status = uk.redress.notification.CorrespondenceStatus.SENDING
                       and c.attemptStartedAt < :interruptedBefore))""")
    int claim(String id, Instant now, Instant interruptedBefore);

    @Modifying
    @Query("""
            update Correspondence c set c.status = uk.redress.notification.CorrespondenceStatus.SENT,
                   c.sentAt = :sentAt, c.deemedReceivedOn = :deemedReceivedOn, c.providerId = :providerId,
                   c.document = :document, c.lastError = null, c.nextAttemptAt = null, c.version = c.version + 1
            where c.id = :id""")
    int markSent(String id, Instant sentAt, LocalDate deemedReceivedOn, String providerId, byte[] document);

    /** A failed attempt: {@code nextAttemptAt} when to try again, or null when every attempt is used. */
    @Modifying
    @Query("""
            update Correspondence c set c.status = uk.redress.notification.CorrespondenceStatus.FAILED,
                   c.lastError = :error, c.nextAttemptAt = :nextAttemptAt, c.version = c.version + 1
            where c.id = :id""")
    int markFailed(String id, String error, Instant nextAttemptAt);

    /** Someone asks for a letter that failed for good to be sent again: 0 when it has not failed. */
    @Modifying
    @Query("""
            update Correspondence c set c.status = uk.redress.notification.CorrespondenceStatus.QUEUED,
                   c.nextAttemptAt = null, c.version = c.version + 1
            where c.id = :id and c.status = uk.redress.notification.CorrespondenceStatus.FAILED""")
    int requeue(String id);

    /**
     * Messages due to leave, oldest first: queued ones (normally sent the moment their step commits; these are the
     * ones a restart or a full hand-over queue left behind), failed ones whose next attempt is due, and attempts cut
     * off before {@code interruptedBefore} by a node that stopped mid-send.
     */
    @Query("""
            select c.id from Correspondence c
            where c.status = uk.redress.notification.CorrespondenceStatus.QUEUED
               or (c.status = uk.redress.notification.CorrespondenceStatus.FAILED and c.nextAttemptAt <= :now)
               or (c.status = uk.redress.notification.CorrespondenceStatus.SENDING
                   and c.attemptStartedAt < :interruptedBefore)
            order by c.queuedAt asc, c.id asc""")
    List<String> dueToLeave(Instant now, Instant interruptedBefore, org.springframework.data.domain.Pageable page);
}
