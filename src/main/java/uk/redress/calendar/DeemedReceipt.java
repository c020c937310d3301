package uk.redress.calendar;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * When a response counts as received, for the windows a complainant has to ask for the next stage
 * (Warwickshire, seed 004 section 3): email the day it is sent, first class post the day after posting,
 * second class post the third business (working) day after posting. For BPMN:
 * {@code ${deemedReceipt.of(respondedOn, sentBy)}} gives the date as YYYY-MM-DD.
 */
@Component("deemedReceipt")
public class DeemedReceipt {

    public enum SentBy { EMAIL, FIRST_CLASS_POST, SECOND_CLASS_POST, BY_HAND }

    private final WorkingDayCalendar calendar;

    public DeemedReceipt(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate receivedOn(LocalDate sentOn, SentBy sentBy) {
        return switch (sentBy) {
            case EMAIL, BY_HAND -> sentOn;
            case FIRST_CLASS_POST -> sentOn.plusDays(1);
            case SECOND_CLASS_POST -> calendar.addWorkingDays(sentOn, 3);
        };
    }

    public String of(Object sentOn, Object sentBy) {
        if (sentBy == null || sentBy.toString().isBlank()) {
            throw new IllegalArgumentException("How the response was sent is required (EMAIL, FIRST_CLASS_POST, "
                    + "SECOND_CLASS_POST or BY_HAND)");
        }
        SentBy method;
        try {
            method = SentBy.valueOf(sentBy.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + sentBy + "' is not a way of sending a response (EMAIL, "
                    + "FIRST_CLASS_POST, SECOND_CLASS_POST or BY_HAND)", e);
        }
        return receivedOn(CalendarDates.toLocalDate(sentOn, calendar.zone()), method).toString();
    }
}
