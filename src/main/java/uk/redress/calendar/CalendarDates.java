package uk.redress.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reads the shapes a date takes in process variables and form submissions into a {@link LocalDate}. */
public final class CalendarDates {

    private CalendarDates() {
    }

    public static LocalDate toLocalDate(Object value, ZoneId zone) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                // Camunda Forms' date picker submits "2026-12-23"; a datetime field adds a time part
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD)", e);
            }
        }
        throw new IllegalArgumentException("expected a date but got " + (value == null ? "nothing" : value));
    }
}
