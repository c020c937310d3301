package uk.redress.workspace.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to a complaint: when, what, who did it (if known), what was recorded with it (a task's
 * outcome, line by line), and the text of a letter or note (typed by the public or staff, so always shown as text).
 * {@code dateOnly}: only the day is known (a clock opens on a day), so no time is shown. {@code link} and
 * {@code linkText}: a file to download (a posted letter's PDF, a document).
 */
public record TimelineEntry(Instant at, boolean dateOnly, String title, String detail, String by, List<String> lines,
                            String letterText, String link, String linkText, String sendAgain) {

    public TimelineEntry(Instant at, boolean dateOnly, String title, String detail, String by, List<String> lines,
                         String letterText, String link, String linkText) {
        this(at, dateOnly, title, detail, by, lines, letterText, link, linkText, null);
    }

    static TimelineEntry of(Instant at, String title, String detail) {
        return new TimelineEntry(at, false, title, detail, null, List.of(), null, null, null);
    }

    static TimelineEntry by(Instant at, String title, String detail, String by) {
        return new TimelineEntry(at, false, title, detail, by, List.of(), null, null, null);
    }
}
