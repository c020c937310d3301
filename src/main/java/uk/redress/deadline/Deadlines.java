package uk.redress.deadline;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.redress.calendar.CalendarDates;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.ownership.ComplaintProcesses;

/**
 * The complaint clocks, for BPMN expressions. A diagram opens a clock with its timescale in plain sight,
 * e.g. {@code ${deadlines.open(execution, 'stage1-response', receivedOn, 20)}}, points its task due date and
 * timer at {@code ${deadlines.due(execution, 'stage1-response')}}, and stops, resumes, extends or closes it
 * as the procedure says. Each clock is stored against the complaint reference (the business key, which call
 * activities pass on), so the status API, Tasklist and the timers always agree whichever diagram the clock is
 * read from, and a paused clock resumes with the paused working days added (Harborough 9.27).
 */
@Component("deadlines")
public class Deadlines {

    private static final Set<DeadlineState> RUNNING = EnumSet.of(DeadlineState.OPEN, DeadlineState.PAUSED);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final DeadlineRepository repository;
    private final WorkingDayCalendar calendar;
    private final DueDateFollowers followers;
    private final ComplaintProcesses processes;
    private final EntityManager entityManager;

    public Deadlines(DeadlineRepository repository, WorkingDayCalendar calendar, DueDateFollowers followers,
                     ComplaintProcesses processes, EntityManager entityManager) {
        this.processes = processes;
        this.entityManager = entityManager;
        this.repository = repository;
        this.calendar = calendar;
        this.followers = followers;
    }

    /** Opens (or restarts) a clock due {@code workingDays} working days after {@code day0}. */
    public Date open(DelegateExecution execution, String name, Object day0, int workingDays) {
        LocalDate start = CalendarDates.toLocalDate(day0, calendar.zone());
        return start(execution, name, start, calendar.addWorkingDays(start, workingDays));
    }

    /** As {@link #open}, but never due before {@code earliest}: a target from receipt already past when it is set. */
    public Date openNoEarlierThan(DelegateExecution execution, String name, Object day0, int workingDays,
                                  Object earliest) {
        LocalDate start = CalendarDates.toLocalDate(day0, calendar.zone());
        LocalDate due = calendar.addWorkingDays(start, workingDays);
        LocalDate floor = CalendarDates.toLocalDate(earliest, calendar.zone());
        return start(execution, name, start, due.isBefore(floor) ? floor : due);
    }

    /** Opens a clock due on a date someone else set, e.g. the Ombudsman's deadline for the council's reply. */
    public Date openOn(DelegateExecution execution, String name, Object dueOn) {
        LocalDate due = CalendarDates.toLocalDate(dueOn, calendar.zone());
        return start(execution, name, calendar.today(), due);
    }

    /** Opens a clock counted in calendar days, e.g. a 90-day window to ask for the next stage. */
    public Date openCalendarDays(DelegateExecution execution, String name, Object day0, int days) {
        LocalDate start = CalendarDates.toLocalDate(day0, calendar.zone());
        return start(execution, name, start, start.plusDays(days));
    }

    /** End of the due day of a running clock: for task due dates and timer boundary events. */
    public Date due(VariableScope scope, String name) {
        return calendar.endOf(running(scope, name).getDueOn());
    }


    /** Stops the clock from today, e.g. while the council waits for information from the complainant. */
    public void pause(DelegateExecution execution, String name) {
        running(execution, name).pause(calendar.today());
    }

    /** Restarts a paused clock; its due date moves by the working days it was stopped. */
    public Date resume(DelegateExecution execution, String name) {
        Deadline deadline = running(execution, name);
        if (deadline.getState() == DeadlineState.PAUSED) {
            restart(deadline);
            publish(execution, deadline);
        }
        return calendar.endOf(deadline.getDueOn());
    }

    /** Moves a running clock to a later date the council has told the complainant (an extension). */
    public Date extendTo(DelegateExecution execution, String name, Object newDueOn) {
        return extendTo(execution, name, newDueOn, null);
    }

    /**
     * Extends a clock, but never past {@code maxWorkingDays} after its day 0 (a procedure's maximum, e.g.
     * "target 10, maximum 20 working days"); {@code null} means no maximum.
     */
    public Date extendTo(DelegateExecution execution, String name, Object newDueOn, Object maxWorkingDays) {
        Deadline deadline = running(execution, name);
        if (newDueOn == null || (newDueOn instanceof String text && text.isBlank())) {
            throw new IllegalArgumentException("An extension of " + name + " needs the new date");
        }
        LocalDate date = CalendarDates.toLocalDate(newDueOn, calendar.zone());
        // Object, not Integer: expression language would turn a missing maximum (null) into 0
        if (maxWorkingDays instanceof Number max) {
            LocalDate latest = calendar.addWorkingDays(deadline.getDayZero(), max.intValue());
            if (date.isAfter(latest)) {
                throw new IllegalArgumentException("The new date for " + name + " (" + date + ") is past the maximum of "
                        + max + " working days (" + latest + ")");
            }
        }
        if (!date.isAfter(deadline.getDueOn())) {
            throw new IllegalArgumentException("The new date for " + name + " (" + date
                    + ") must be after the current one (" + deadline.getDueOn() + ")");
        }
        if (!calendar.isWorkingDay(date)) {
            throw new IllegalArgumentException("The new date for " + name + " (" + date + ") is not a working day");
        }
        LocalDate before = deadline.getDueOn();
        deadline.extendTo(date);
        followers.move(deadline.getComplaintReference(), deadline.getName(), calendar.endOf(before),
                calendar.endOf(date));
        publish(execution, deadline);
        return calendar.endOf(date);
    }

    /** Records that the clock ran out; it stays open until the owed thing is done. */
    public void breach(DelegateExecution execution, String name) {
        // the latest clock of that name, even if an interrupting timer has just closed it with its task
        latest(reference(execution), name, EnumSet.allOf(DeadlineState.class))
                .orElseThrow(() -> new IllegalStateException("No deadline '" + name + "' on this complaint"))
                .breach();
    }

    /** Closes the clock: what was owed is done, or no longer owed. Closing a clock that is not running is a no-op. */
    public void close(DelegateExecution execution, String name) {
        latest(reference(execution), name, RUNNING).ifPresent(deadline -> deadline.close(calendar.today()));
    }

    /** Stops every running clock of a complaint (a suspension). */
    public void pauseAll(String reference) {
        inStates(reference, EnumSet.of(DeadlineState.OPEN)).forEach(deadline -> deadline.pause(calendar.today()));
    }

    /** Restarts every stopped clock of a complaint; each moves by its stopped working days, tasks and timers too. */
    public void resumeAll(String reference) {
        inStates(reference, EnumSet.of(DeadlineState.PAUSED)).forEach(this::restart);
    }

    /** Moves a stopped clock by the working days it was stopped; its tasks and timers move with it. */
    private void restart(Deadline deadline) {
        int paused = calendar.workingDaysBetween(deadline.getPausedOn(), calendar.today());
        LocalDate before = deadline.getDueOn();
        deadline.resume(calendar.addWorkingDays(before, paused), paused);
        followers.move(deadline.getComplaintReference(), deadline.getName(), calendar.endOf(before),
                calendar.endOf(deadline.getDueOn()));
    }

    /**
     * Runs again the clocks a complaint's closing stopped on {@code closedOn} (a withdrawal later found to be a
     * misunderstanding), each moved by the working days since then: fresh deadlines for the same stage.
     */
    public void reopenClosedOn(String reference, LocalDate closedOn) {
        int gap = calendar.workingDaysBetween(closedOn, calendar.today());
        inStates(reference, EnumSet.of(DeadlineState.CLOSED)).stream()
                .filter(d -> closedOn.equals(d.getClosedOn()))
                .forEach(d -> d.reopen(calendar.addWorkingDays(d.getDueOn(), gap)));
    }

    /** Closes every running clock of the complaint's process, e.g. when the procedure ends. */
    public void closeAll(DelegateExecution execution) {
        inStates(reference(execution), RUNNING).forEach(deadline -> deadline.close(calendar.today()));
    }

    private Date start(DelegateExecution execution, String name, LocalDate dayZero, LocalDate dueOn) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A deadline name is lower-case words joined by '-', was '" + name + "'");
        }
        close(execution, name);
        String reference = reference(execution);
        Deadline opened = new Deadline(reference, execution.getProcessInstanceId(), name, calendar.today(), dayZero,
                dueOn);
        Optional<ClockBook> book = ClockBook.current();
        book.ifPresent(known -> {
            List<Deadline> clocks = known.of(reference, repository, entityManager::contains);
            if (!clocks.isEmpty()) {
                opened.writtenAfter(clocks.get(clocks.size() - 1));
            }
        });
        Deadline deadline = repository.save(opened);
        book.ifPresent(known -> known.added(deadline));
        publish(execution, deadline);
        return calendar.endOf(dueOn);
    }

    private Deadline running(VariableScope scope, String name) {
        return latest(reference(scope), name, RUNNING)
                .orElseThrow(() -> new IllegalStateException("No running deadline '" + name + "' on this complaint"));
    }

    /** The latest clock of that name in one of those states (read once per transaction: {@link ClockBook}). */
    private Optional<Deadline> latest(String reference, String name, Set<DeadlineState> states) {
        Optional<ClockBook> book = ClockBook.current();
        if (book.isEmpty()) {
            return repository.findLatestNamed(reference, name, states);
        }
        List<Deadline> clocks = book.get().of(reference, repository, entityManager::contains);
        for (int i = clocks.size() - 1; i >= 0; i--) {
            Deadline clock = clocks.get(i);
            if (clock.getName().equals(name) && states.contains(clock.getState())) {
                return Optional.of(clock);
            }
        }
        return Optional.empty();
    }

    /**
     * The complaint's running clocks (open or paused), soonest due first, then by name: what a letter states. Inside a
     * step they come from the clocks the step has already read ({@link ClockBook}), so a letter written by the step
     * that opened or closed a clock costs no query of its own and sees that change.
     */
    public List<Deadline> running(String reference) {
        if (ClockBook.current().isEmpty()) {
            return repository.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(reference, RUNNING);
        }
        return inStates(reference, RUNNING).stream()
                .sorted(java.util.Comparator.comparing(Deadline::getDueOn).thenComparing(Deadline::getName)).toList();
    }

    /** The complaint's clocks in those states (read once per transaction: {@link ClockBook}). */
    private List<Deadline> inStates(String reference, Set<DeadlineState> states) {
        return ClockBook.current()
                .map(book -> book.of(reference, repository, entityManager::contains).stream()
                        .filter(d -> states.contains(d.getState())).toList())
                .orElseGet(() -> repository.findByComplaintReferenceAndStateIn(reference, states));
    }

    /** The complaint whose clocks these are: only a process Redress started for it may touch them. */
    private String reference(VariableScope scope) {
        return processes.referenceOf(scope);
    }

    /** The due day as a process variable (e.g. stage1ResponseDueOn) so forms and Cockpit can show it. */
    private static void publish(DelegateExecution execution, Deadline deadline) {
        execution.setVariable(variableName(deadline.getName()), deadline.getDueOn().toString());
    }

    /** The process variable a clock's date is published in, e.g. stage1ResponseDueOn for stage1-response. */
    public static String variableName(String name) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.append("DueOn").toString();
    }
}
