package uk.redress.workspace.action;

import java.time.LocalDate;
import java.util.Map;

/** The three boxes of a date input as posted ({@code <name>Day}, {@code <name>Month}, {@code <name>Year}). */
public record DateParts(String day, String month, String year) {

    static DateParts of(LocalDate date) {
        return new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    static DateParts from(Map<String, String> fields, String name) {
        return new DateParts(fields.get(name + "Day"), fields.get(name + "Month"), fields.get(name + "Year"));
    }

    static DateParts blank() {
        return new DateParts(null, null, null);
    }
}
