package uk.redress.workspace;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A GOV.UK date input (day, month and year boxes) read as a date: all three blank is no date; anything else must
 * be a real day, else the error names the field and says what is wrong.
 */
public final class DateField {

    private DateField() {
    }

    /** {@code id} is the date input's id: its error links to the day box ({@code id-day}). */
    public static LocalDate read(String day, String month, String year, String id, String label, FormErrors errors) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        String field = id + "-day";
        if (blank(day) || blank(month) || blank(year)) {
            errors.add(field, label + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000) {
                errors.add(field, label + " must include a 4-digit year");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, label + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
