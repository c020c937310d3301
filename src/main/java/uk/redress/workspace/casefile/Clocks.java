package uk.redress.workspace.casefile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.deadline.Deadline;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/** A complaint's running and stopped clocks, soonest first, counted in working days from today. */
@Component
class Clocks {

    static final int SOON = 3;

    private final DeadlineRepository deadlines;
    private final WorkingDayCalendar calendar;

    Clocks(DeadlineRepository deadlines, WorkingDayCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    List<ClockView> of(String reference) {
        LocalDate today = calendar.today();
        return deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(reference,
                        EnumSet.of(DeadlineState.OPEN, DeadlineState.PAUSED)).stream()
                .map(deadline -> view(deadline, today)).toList();
    }

    private ClockView view(Deadline deadline, LocalDate today) {
        int left = calendar.workingDaysBetween(today, deadline.getDueOn());
        ClockView.Rag rag;
        if (deadline.getState() == DeadlineState.PAUSED) {
            rag = ClockView.Rag.STOPPED;
        } else if (deadline.isBreached() || deadline.getDueOn().isBefore(today)) {
            rag = ClockView.Rag.RED;
        } else {
            rag = left <= SOON ? ClockView.Rag.AMBER : ClockView.Rag.GREEN;
        }
        return new ClockView(deadline.getName(), deadline.getDueOn(), left, rag);
    }
}
