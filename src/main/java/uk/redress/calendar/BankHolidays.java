package uk.redress.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.core.io.Resource;

/**
 * Bank holidays of England and Wales. The rules (substitute days included) come from the jollyday library;
 * a GOV.UK bank-holidays file, when configured, is authoritative for the years it lists; one-off days can be
 * added through configuration. The per-year cache holds derived data only, so every node computes the same.
 */
public class BankHolidays {

    private static final String GOV_UK_DIVISION = "england-and-wales";

    private final HolidayManager rules;
    private final String subdivision;
    private final Map<Integer, Set<LocalDate>> fromFile;
    private final Set<LocalDate> additional;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public BankHolidays(CalendarProperties properties) {
        this.rules = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        this.subdivision = properties.subdivision();
        this.fromFile = properties.bankHolidaysFile() == null ? Map.of() : readGovUkFile(properties.bankHolidaysFile());
        this.additional = Set.copyOf(properties.additionalHolidays());
    }

    public boolean isBankHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::holidaysIn).contains(date);
    }

    public Set<LocalDate> holidaysIn(int year) {
        Set<LocalDate> days = new HashSet<>(fromFile.containsKey(year) ? fromFile.get(year) : fromRules(year));
        additional.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return Set.copyOf(days);
    }

    private Set<LocalDate> fromRules(int year) {
        return rules.getHolidays(Year.of(year), subdivision).stream()
                .map(BankHolidays::dayOff)
                .collect(Collectors.toSet());
    }

    /** The day people are off: the substitute day when the holiday itself falls on a weekend. */
    private static LocalDate dayOff(Holiday holiday) {
        return holiday.getObservedDate().orElse(holiday.getDate());
    }

    static Map<Integer, Set<LocalDate>> readGovUkFile(Resource file) {
        try (InputStream in = file.getInputStream()) {
            JsonNode events = new ObjectMapper().readTree(in).path(GOV_UK_DIVISION).path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("Bank holidays file " + file.getDescription()
                        + " has no '" + GOV_UK_DIVISION + "' events");
            }
            Map<Integer, Set<LocalDate>> byYear = new HashMap<>();
            for (JsonNode event : events) {
                LocalDate date = LocalDate.parse(event.path("date").asText());
                byYear.computeIfAbsent(date.getYear(), y -> new HashSet<>()).add(date);
            }
            return byYear;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank holidays file " + file.getDescription(), e);
        }
    }
}
