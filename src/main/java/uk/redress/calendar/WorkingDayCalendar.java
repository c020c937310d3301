package uk.redress.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Working-day arithmetic for England and Wales: Monday to Friday less bank holidays.
 * "Due in N working days" is the end of the Nth working day after day 0 (day 0 itself never counts).
 */
public class WorkingDayCalendar {

    /** Far enough for any statutory timescale; stops a typo such as 50000 from looping for minutes. */
    public static final int MAX_WORKING_DAYS = 2_600;

    private final BankHolidays bankHolidays;
    private final ZoneId zone;
    private final Clock clock;

    public WorkingDayCalendar(BankHolidays bankHolidays, ZoneId zone, Clock clock) {
        this.bankHolidays = bankHolidays;
        this.zone = zone;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
    }

    /** The Nth working day after {@code day0}; for 0, day 0 itself. */
    public LocalDate addWorkingDays(LocalDate day0, int workingDays) {
        return step(day0, workingDays, 1);
    }

    /** The Nth working day before {@code day}, e.g. for a reminder 5 working days before a due date. */
    public LocalDate subtractWorkingDays(LocalDate day, int workingDays) {
        return step(day, workingDays, -1);
    }

    private LocalDate step(LocalDate from, int workingDays, int direction) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_WORKING_DAYS
                    + ", was " + workingDays);
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(direction);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The engine's clock: tests that move the engine clock move this too. */
    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The last moment of a day in the councils' zone: when something due that day becomes overdue. */
    public Date endOf(LocalDate day) {
        ZonedDateTime end = ZonedDateTime.of(day, LocalTime.of(23, 59, 59), zone);
        return Date.from(end.toInstant());
    }

    public LocalDate dayOf(Date instant) {
        return instant.toInstant().atZone(zone).toLocalDate();
    }
}
