package uk.redress.deadline;

public enum DeadlineState {
    /** Running: something is owed by {@code dueOn}. */
    OPEN,
    /** Stopped while the council waits on the complainant (or a suspension); resumes with the paused days added. */
    PAUSED,
    /** Over: met, superseded, or no longer relevant because the complaint moved on. */
    CLOSED
}
