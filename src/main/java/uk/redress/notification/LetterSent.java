package uk.redress.notification;

/**
 * Published inside the delivery job's transaction once a message has been handed over and recorded as sent. If
 * anything after this point fails the job, its retry finds the message sent and does not send it again.
 */
public record LetterSent(String correspondenceId, String complaintReference, String letter) {
}
