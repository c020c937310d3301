package uk.redress.notification;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.redress.calendar.WorkingDayCalendar;

/**
 * Letters leave from the correspondence log itself: the row written with the step that asked for the letter is the
 * outbox entry. When that step's transaction commits, the letter is handed to a small pool of sender threads and
 * goes at once; if the step rolls back there is no row and nothing goes. Every {@code redress.letters.sweep-every}
 * each node also looks for letters due to leave (failed ones whose next attempt is due, ones a restart or a full
 * hand-over queue left behind, attempts cut off by a node that stopped) and sends them. Two nodes, or the sweep and
 * the hand-over, may reach for the same letter: {@link LetterDelivery}'s claim lets exactly one send it.
 * <p>
 * Earlier versions started a {@code send-letter} process for each letter; this does the same work in three
 * statements and two commits per letter instead of a process instance, its job and their history.
 */
@Component
public class LetterOutbox {

    private static final Logger log = LoggerFactory.getLogger(LetterOutbox.class);
    private static final int SWEEP_BATCH = 200;
    private static final int MAX_BATCHES = 50;

    private final LetterDelivery delivery;
    private final CorrespondenceRepository repository;
    private final LetterDispatchProperties properties;
    private final NotificationProperties notification;
    private final WorkingDayCalendar calendar;
    private final TaskScheduler scheduler;
    private final ExecutorService senders;

    LetterOutbox(LetterDelivery delivery, CorrespondenceRepository repository, LetterDispatchProperties properties,
                 NotificationProperties notification, WorkingDayCalendar calendar, TaskScheduler scheduler) {
        this.delivery = delivery;
        this.repository = repository;
        this.properties = properties;
        this.notification = notification;
        this.calendar = calendar;
        this.scheduler = scheduler;
        // a full queue drops the hand-over, not the letter: the sweep finds it still queued
        this.senders = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                new CustomizableThreadFactory("redress-letters-"), new ThreadPoolExecutor.DiscardPolicy());
    }

    /** A letter was written to the log as QUEUED: it leaves once the current transaction commits. */
    void queued(String correspondenceId) {
        if (!properties.dispatch()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    senders.execute(() -> send(correspondenceId));
                }
            });
        } else {
            senders.execute(() -> send(correspondenceId));
        }
    }

    /** Sends every letter due to leave now, oldest first; the number sent. */
    public int sendDue() {
        Instant now = Instant.now(calendar.clock());
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<String> due = repository.dueToLeave(now, now.minus(notification.interruptedAfter()),
                    PageRequest.of(0, SWEEP_BATCH));
            int before = sent;
            for (String id : due) {
                sent += send(id) ? 1 : 0;
            }
            if (due.size() < SWEEP_BATCH || sent == before) {
                break;
            }
        }
        return sent;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSweeping() {
        if (properties.dispatch()) {
            scheduler.scheduleWithFixedDelay(this::sweep, Instant.now().plus(properties.sweepEvery()),
                    properties.sweepEvery());
        }
    }

    private void sweep() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Looking for letters due to leave failed; trying again in {}: {}", properties.sweepEvery(),
                    e.getMessage());
        }
    }

    /** Sends one letter now, as the hand-over does: false when it was not sent (a failure is logged and recorded). */
    public boolean send(String correspondenceId) {
        try {
            return delivery.deliver(correspondenceId);
        } catch (RuntimeException e) {
            // recorded on the letter (FAILED, with when it is tried again); its text has no addresses
            log.warn("Letter {} not sent: {}", correspondenceId, DeliveryFailed.withoutAddresses(e.getMessage()));
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        senders.shutdown();
        // letters not handed over by then stay queued in the log and leave from the next node's sweep
        senders.awaitTermination(10, TimeUnit.SECONDS);
    }
}
