package uk.redress.calendar;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic for BPMN expressions, e.g. a task due date
 * {@code ${workingDays.after(receivedOn, 5)}} or {@code ${workingDays.fromToday(1)}}.
 * Results are the end of the working day in the councils' zone, ready for timers and due dates.
 */
@Component("workingDays")
public class WorkingDays {

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Date after(Object day0, int workingDays) {
        LocalDate start = CalendarDates.toLocalDate(day0, calendar.zone());
        return calendar.endOf(calendar.addWorkingDays(start, workingDays));
    }

    /** The first moment of the Nth working day after day 0: for something that happens "on day N", e.g. a chase. */
    public Date startOfDay(Object day0, int workingDays) {
        LocalDate start = CalendarDates.toLocalDate(day0, calendar.zone());
        return Date.from(calendar.addWorkingDays(start, workingDays).atStartOfDay(calendar.zone()).toInstant());
    }

    /** The first moment of the Nth working day before a date: for a reminder ahead of a due date. */
    public Date startOfDayBefore(Object day, int workingDays) {
        LocalDate date = CalendarDates.toLocalDate(day, calendar.zone());
        return Date.from(calendar.subtractWorkingDays(date, workingDays).atStartOfDay(calendar.zone()).toInstant());
    }

    /** End of a given day, e.g. a due date someone else set. */
    public Date endOf(Object day) {
        return calendar.endOf(CalendarDates.toLocalDate(day, calendar.zone()));
    }

    public Date fromToday(int workingDays) {
        return calendar.endOf(calendar.addWorkingDays(calendar.today(), workingDays));
    }

    /** Today in the councils' zone as YYYY-MM-DD: day 0 for a clock that starts now. */
    public String today() {
        return calendar.today().toString();
    }

    /** End of the calendar day {@code days} after day 0: for windows set in calendar days (e.g. 90 days). */
    public Date calendarDaysAfter(Object day0, int days) {
        return calendar.endOf(CalendarDates.toLocalDate(day0, calendar.zone()).plusDays(days));
    }
}
