package uk.redress.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import uk.redress.calendar.CalendarDates;
import uk.redress.calendar.WorkingDayCalendar;

/**
 * Plain English for the pages, used from the templates as {@code @wording}: dates as "4 January 2027" in the
 * councils' time zone, and the procedures' stage, deadline and outcome names ("stage1-response") as words
 * ("Stage 1 response").
 */
@Component("wording")
public class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("SERVICE", "A council service"),
            Map.entry("MP", "MP"),
            Map.entry("MP_OR_COUNCILLOR", "Through an MP or councillor"),
            Map.entry("FAMILY_OR_FRIEND", "Family member or friend"),
            Map.entry("IN_PERSON", "In person"),
            Map.entry("received", "Being screened"),
            Map.entry("ombudsman", "With the Ombudsman"),
            Map.entry("ombudsman-closed", "Ombudsman enquiry closed"),
            // the folder of the model procedure, shown where councils are listed: not a council of its own
            Map.entry("lgsco-code", "Model procedure (Ombudsman's Complaint Handling Code)"));

    private final WorkingDayCalendar calendar;

    Wording(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A date as a process or form recorded it (a day, a date, "2027-01-04"), as "4 January 2027"; else empty. */
    public String anyDate(Object value) {
        try {
            return value == null ? "" : date(CalendarDates.toLocalDate(value, calendar.zone()));
        } catch (IllegalArgumentException notADate) {
            return "";
        }
    }

    /** The day of a moment in the councils' zone, as "4 January 2027". */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(calendar.zone()));
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(calendar.zone()))
                .replace("AM", "am").replace("PM", "pm");
    }

    /** "stage1-response" as "Stage 1 response", "IN_PERSON" as "In person". */
    public String words(Object name) {
        if (name == null) {
            return "";
        }
        String text = name.toString();
        if (NAMES.containsKey(text)) {
            return NAMES.get(text);
        }
        String spaced = text.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK)
                .replaceAll("([a-z])(\\d)", "$1 $2").strip();
        return spaced.isEmpty() ? "" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
