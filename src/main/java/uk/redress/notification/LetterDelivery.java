package uk.redress.notification;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.redress.calendar.DeemedReceipt;
import uk.redress.calendar.WorkingDayCalendar;

/**
 * The {@code send-letter} process's job ({@code ${deliverLetter}}): hands one queued message to its channel,
 * exactly once. Each step on the message's row commits on its own, before and after the hand-over, so a job that
 * fails or is retried after the message left (a lost commit, a second node, a restart) finds it SENT and does not
 * send it again. A failed hand-over is recorded and rethrown: the job retries with back-off (the diagram's retry
 * cycle) and then raises an incident in Cockpit; "Retry" there sends it.
 */
@Component("deliverLetter")
public class LetterDelivery implements JavaDelegate {

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

    LetterDelivery(CorrespondenceRepository repository, EmailDelivery email, NotifyDelivery notify, LetterPdf pdf,
                   LetterTemplates templates, Councils councils, DeemedReceipt deemedReceipt,
                   WorkingDayCalendar calendar, NotificationProperties properties,
                   ApplicationEventPublisher events,
                   PlatformTransactionManager transactions) {
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

    /** Sends the message unless it has been sent; true when this call sent it. */
    public boolean deliver(String correspondenceId) {
        Correspondence message = ownTransaction.execute(status -> repository.findById(correspondenceId)
                .orElseThrow(() -> new IllegalStateException("No correspondence " + correspondenceId)));
        if (message.getStatus() == CorrespondenceStatus.SENT) {
            return false;
        }
        Instant now = Instant.now(calendar.clock());
        Integer claimed = ownTransaction.execute(status -> repository.claim(correspondenceId, now,
                now.minus(properties.interruptedAfter())));
        if (claimed == null || claimed == 0) {
            Correspondence current = ownTransaction.execute(status -> repository.findById(correspondenceId)
                    .orElseThrow());
            if (current.getStatus() == CorrespondenceStatus.SENT) {
                return false;
            }
            throw new IllegalStateException("Correspondence " + correspondenceId + " is " + current.getStatus()
                    + ": another attempt is under way; trying again later");
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
            ownTransaction.executeWithoutResult(status -> repository.markFailed(correspondenceId,
                    error.length() > 1000 ? error.substring(0, 1000) : error));
            throw e;
        }
        events.publishEvent(new LetterSent(correspondenceId, message.getComplaintReference(), message.getLetter()));
        return true;
    }
}
