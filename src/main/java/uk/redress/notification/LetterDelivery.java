package uk.redress.notification;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.redress.calendar.DeemedReceipt;
import uk.redress.calendar.WorkingDayCalendar;

/**
 * Hands one queued message to its channel, exactly once ({@link LetterOutbox} calls it). The claim on the message's
 * row commits before the hand-over and the SENT mark after it, so an attempt that fails or is repeated after the
 * message left (a lost commit, a second node, a restart) finds it SENT and does not send it again. A failed
 * hand-over is recorded with when to try again ({@code redress.letters.retry-after}) and rethrown.
 * <p>
 * Also the delegate {@code ${deliverLetter}} of the {@code send-letter} process, which earlier versions started for
 * each letter: its jobs left in flight by an upgrade still deliver (the diagram itself is no longer deployed).
 */
@Component("deliverLetter")
public class LetterDelivery implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(LetterDelivery.class);

    private final CorrespondenceRepository repository;
    private final EmailDelivery email;
    private final NotifyDelivery notify;
    private final LetterPdf pdf;
    private final LetterTemplates templates;
    private final Councils councils;
    private final DeemedReceipt deemedReceipt;
    private final WorkingDayCalendar calendar;
    private final NotificationProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final LetterDispatchProperties dispatch;

    LetterDelivery(CorrespondenceRepository repository, EmailDelivery email, NotifyDelivery notify, LetterPdf pdf,
                   LetterTemplates templates, Councils councils, DeemedReceipt deemedReceipt,
                   WorkingDayCalendar calendar, NotificationProperties properties,
                   ApplicationEventPublisher events, LetterDispatchProperties dispatch,
                   PlatformTransactionManager transactions) {
        this.dispatch = dispatch;
        this.repository = repository;
        this.email = email;
        this.notify = notify;
        this.pdf = pdf;
        this.templates = templates;
        this.councils = councils;
        this.deemedReceipt = deemedReceipt;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable("correspondenceId");
        if (!(id instanceof String correspondenceId)) {
            throw new IllegalStateException("The send-letter process needs the variable correspondenceId");
        }
        deliver(correspondenceId);
    }

    /**
     * Sends the message unless it has been sent, is held, or another attempt holds it; true when this call sent it.
     * The claim and the read share one short transaction; the SENT (or FAILED) mark is a second one.
     */
    public boolean deliver(String correspondenceId) {
        Instant now = Instant.now(calendar.clock());
        Correspondence message = ownTransaction.execute(status -> repository.claim(correspondenceId, now,
                now.minus(properties.interruptedAfter())) == 0 ? null
                : repository.findById(correspondenceId).orElseThrow());
        if (message == null) {
            return false;
        }
        LocalDate sentOn = calendar.today();
        try {
            String providerId = null;
            byte[] document = null;
            LocalDate receivedOn;
            switch (message.getRoute()) {
                case EMAIL -> {
                    providerId = email.send(message);
                    receivedOn = deemedReceipt.receivedOn(sentOn, DeemedReceipt.SentBy.EMAIL);
                }
                case NOTIFY_EMAIL -> {
                    providerId = notify.send(message);
                    receivedOn = deemedReceipt.receivedOn(sentOn, DeemedReceipt.SentBy.EMAIL);
                }
                case POST -> {
                    String council = councils.of(message.getProcedure());
                    document = pdf.render(council, templates.councilDetails(council, message.getProcedure()),
                            message.getRecipient(), LetterModel.inWords(sentOn),
                            new RenderedLetter(message.getSubject(), message.getBody()));
                    receivedOn = deemedReceipt.receivedOn(sentOn, properties.postClass());
                }
                default -> throw new IllegalStateException("Correspondence " + correspondenceId
                        + " has nowhere to go (" + message.getRoute() + ")");
            }
            String provider = providerId;
            byte[] printable = document;
            ownTransaction.executeWithoutResult(status -> repository.markSent(correspondenceId,
                    Instant.now(calendar.clock()), receivedOn, provider, printable));
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName()
                    : DeliveryFailed.withoutAddresses(e.getMessage());
            Instant next = dispatch.nextAttempt(message.getAttempts(), Instant.now(calendar.clock()));
            ownTransaction.executeWithoutResult(status -> repository.markFailed(correspondenceId,
                    error.length() > 1000 ? error.substring(0, 1000) : error, next));
            if (next == null) {
                log.error("Letter {} on {} could not be sent after {} attempts and waits for someone to send it "
                        + "again: {}", message.getLetter(), message.getComplaintReference(), message.getAttempts(),
                        error);
            }
            throw e;
        }
        events.publishEvent(new LetterSent(correspondenceId, message.getComplaintReference(), message.getLetter()));
        return true;
    }
}
