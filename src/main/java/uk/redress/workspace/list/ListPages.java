package uk.redress.workspace.list;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's pagination: which page this is, how many there are (unless more matched than were counted: then
 * {@code lastKnown} is false and there is always a next page), and the links to the neighbours (filters kept).
 */
public record ListPages(int current, int last, boolean lastKnown, String previous, String next) {

    static ListPages of(ComplaintFilters filters, int current, long total, boolean more, int size) {
        int last = more ? current + 1 : (int) Math.max(1, (total + size - 1) / size);
        return new ListPages(current, last, !more, current > 1 ? link(filters, current - 1) : null,
                current < last ? link(filters, current + 1) : null);
    }

    private static String link(ComplaintFilters filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/complaints");
        add(uri, "q", filters.q());
        add(uri, "procedure", filters.procedure());
        add(uri, "stage", filters.stage());
        add(uri, "team", filters.team());
        add(uri, "status", filters.status());
        add(uri, "due", filters.due());
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
