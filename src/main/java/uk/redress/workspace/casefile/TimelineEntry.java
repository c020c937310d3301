package uk.redress.workspace.casefile;

import java.time.Instant;

/**
 * One thing that happened to a complaint: when, what, who did it (for staff steps), and the text of a letter
 * (shown folded away; typed in part by the public, so always shown as text). {@code dateOnly}: only the day is
 * known (a clock opens on a day), so no time is shown. {@code printable}: the address of a posted letter's PDF.
 */
public record TimelineEntry(Instant at, boolean dateOnly, String title, String detail, String by, String letterText,
                            String printable) {

    static TimelineEntry of(Instant at, String title, String detail) {
        return new TimelineEntry(at, false, title, detail, null, null, null);
    }
}
