package uk.redress.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import uk.redress.problem.FieldError;

/**
 * What a report covers: complaints received from {@code from} to {@code to} (inclusive), optionally of one council,
 * one procedure or one service area. Dates come as YYYY-MM-DD (the date inputs' format); by default the last twelve
 * months.
 */
public record ReportFilters(String council, String procedure, LocalDate from, LocalDate to, String serviceArea) {

    /** The filters as asked for, or the problems with them (each naming its field). */
    public record Parsed(ReportFilters filters, List<FieldError> errors) {
    }

    public static Parsed parse(String council, String procedure, String from, String to, String serviceArea,
                               LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate end = date("to", to, today, errors);
        LocalDate start = date("from", from, end.minusYears(1).plusDays(1), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new FieldError("from", "The start date must be on or before the end date"));
        }
        if (errors.isEmpty() && start.isBefore(end.minusYears(10))) {
            errors.add(new FieldError("from", "A report covers at most ten years"));
        }
        return new Parsed(new ReportFilters(blank(council), blank(procedure), start, end, blank(serviceArea)), errors);
    }

    /** The same period and service area, for the named procedures only (the annual report's year, say). */
    public static ReportFilters of(LocalDate from, LocalDate to) {
        return new ReportFilters(null, null, from, to, null);
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a real date, for example 2027-03-31"));
            return otherwise;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
