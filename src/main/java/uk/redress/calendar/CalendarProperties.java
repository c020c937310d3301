package uk.redress.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where working days come from.
 *
 * @param zone              the councils' time zone; "today" and end-of-day deadlines are taken in it
 * @param subdivision       the jollyday subdivision of the United Kingdom whose bank holidays apply ("eng")
 * @param bankHolidaysFile  optional GOV.UK bank-holidays JSON (https://www.gov.uk/bank-holidays.json format);
 *                          for every year it lists, its england-and-wales events replace the library's rules
 * @param additionalHolidays one-off non-working days announced after this release (e.g. a state funeral)
 */
@ConfigurationProperties("redress.calendar")
public record CalendarProperties(ZoneId zone, String subdivision, Resource bankHolidaysFile,
                                 List<LocalDate> additionalHolidays) {

    public CalendarProperties {
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        subdivision = subdivision == null || subdivision.isBlank() ? "eng" : subdivision;
        additionalHolidays = additionalHolidays == null ? List.of() : List.copyOf(additionalHolidays);
    }

    public static CalendarProperties defaults() {
        return new CalendarProperties(null, null, null, null);
    }
}
