package uk.redress.reporting;

import java.util.List;

/**
 * One table of a report, shown as an accessible table (and, where {@code chart} is set, drawn above it by
 * chart.js from the table itself) and downloadable as CSV under {@code id}.
 */
public record ReportTable(String id, String caption, List<String> headings, List<List<String>> rows, String chart) {

    public boolean empty() {
        return rows.isEmpty();
    }
}
