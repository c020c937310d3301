package uk.redress.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import uk.redress.calendar.DeemedReceipt;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.ownership.ComplaintProcesses;

/**
 * How a response Redress sends reaches the complainant, in the words {@code deemedReceipt.of} reads: a window that
 * the procedure counts from the response's deemed receipt (Warwickshire, Leicestershire children's) is counted from
 * the way Redress itself sends the letter, not from a choice staff make. For BPMN:
 * {@code ${deemedReceipt.of(stage1RespondedOn, responseRoute.of(execution))}}, on the step that sends the response.
 * Email (SMTP or Notify) counts the day it is sent; post counts as the post room's class
 * ({@code redress.notification.post-class}), as the delivery records it; a complainant Redress cannot write to
 * (anonymous, no contact details) counts from the day of the response, as a response handed over would.
 */
@Component("responseRoute")
public class ResponseRoute {

    private final ComplaintRepository complaints;
    private final ComplaintProcesses processes;
    private final Recipients recipients;
    private final NotificationProperties properties;

    ResponseRoute(ComplaintRepository complaints, ComplaintProcesses processes, Recipients recipients,
                  NotificationProperties properties) {
        this.complaints = complaints;
        this.processes = processes;
        this.recipients = recipients;
        this.properties = properties;
    }

    public String of(DelegateExecution execution) {
        String reference = processes.referenceOf(execution);
        Route route = complaints.findByReference(reference)
                .map(complaint -> recipients.complainant(complaint.getComplainant()).route())
                .orElseThrow(() -> new IllegalStateException("No complaint " + reference + " for a response"));
        DeemedReceipt.SentBy sentBy = switch (route) {
            case EMAIL, NOTIFY_EMAIL -> DeemedReceipt.SentBy.EMAIL;
            case POST -> properties.postClass();
            case NONE -> DeemedReceipt.SentBy.BY_HAND;
        };
        return sentBy.name();
    }
}
