package uk.redress.problem;

/**
 * What free text typed by staff or the public may hold: any language and punctuation, but no control characters
 * (C0 and C1), no Unicode line or paragraph separators (they break letters and logs in ways a reader cannot see)
 * and no text-direction overrides or isolates (they make text read differently from what it is). For
 * {@code @Pattern} on request fields.
 */
public final class PlainText {

    private static final String HIDDEN = "\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069";
    /** One line of text. */
    public static final String LINE = "[^" + HIDDEN + "]*";
    /** Several lines: line breaks and tabs allowed. */
    public static final String LINES = "[\\n\\r\\t[^" + HIDDEN + "]]*";
    public static final String MESSAGE = "must not contain control characters, line separators or text-direction "
            + "overrides";

    private PlainText() {
    }
}
