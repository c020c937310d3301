package uk.redress.workspace.list;

import java.util.Locale;

/**
 * What the list is narrowed to, as the filter form sends it; blank means "any". {@code team} is a staff group
 * with open tasks on the complaint. {@code due} is {@code overdue} or
 * {@code this-week}. Parsed leniently: an unknown value filters nothing rather than failing the page.
 */
public record ComplaintFilters(String q, String procedure, String stage, String team, String status, String due,
                               int page) {

    static ComplaintFilters of(String q, String procedure, String stage, String team, String status, String due,
                               String page) {
        return new ComplaintFilters(clean(q), clean(procedure), clean(stage), clean(team), clean(status), clean(due),
                number(page));
    }

    boolean overdue() {
        return "overdue".equals(due);
    }

    boolean dueThisWeek() {
        return "this-week".equals(due);
    }

    /** The search text as the database compares it: lower case, and without spaces for postcodes ("LE16 7AG"). */
    String loweredQuery() {
        return q == null ? null : q.toLowerCase(Locale.UK);
    }

    String compactQuery() {
        return q == null ? null : q.toLowerCase(Locale.UK).replace(" ", "");
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
