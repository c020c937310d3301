package uk.redress.notification;

/**
 * QUEUED: written with the step that asked for it, waiting to leave once that step commits (the outbox,
 * {@link LetterOutbox}). SENDING: a delivery attempt is
 * under way (or was cut off by a crash). SENT: handed to the mail server or Notify, or filed for printing. FAILED:
 * the last attempt failed; tried again after the configured waits, then kept for someone to send it again. NOT_SENT: nothing to send it to (recorded,
 * not an error). HELD: no mail server is configured (demo only): kept in the log, never transmitted.
 */
public enum CorrespondenceStatus { QUEUED, SENDING, SENT, FAILED, NOT_SENT, HELD }
