package uk.redress.audit;

import java.util.List;

/** One page of one part of a complaint's history, {@value #SIZE} entries at most, oldest first. */
record HistoryPage(String part, int page, int pages, long total, List<?> items) {

    static final int SIZE = 25;

    static HistoryPage of(String part, List<?> all, int page) {
        int from = (int) Math.min((long) (page - 1) * SIZE, all.size());
        int to = Math.min(from + SIZE, all.size());
        return new HistoryPage(part, page, pages(all.size()), all.size(), all.subList(from, to));
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }
}
