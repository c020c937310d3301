package uk.redress.complaint;

public enum ComplaintStatus {
    /** The procedure is running: someone owes the complainant something, or a window is open. */
    OPEN,
    /** Suspended for concurrent proceedings: every clock is stopped and no task can be worked until it resumes. */
    SUSPENDED,
    /** The procedure has ended (resolved, window lapsed, closed for no reply...); see the outcome. */
    CLOSED
}
