package uk.redress.restriction;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.redress.calendar.CalendarDates;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complainant;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.notification.Councils;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.workspace.Wording;

/**
 * Restrictions on unreasonable complainants, for the unreasonable-behaviour diagram
 * ({@code ${restrictions.record(execution)}}, {@code ${restrictions.lift(execution)}}) and for staff meeting the
 * same person again ({@link #inForceFor(Complaint)}).
 */
@Component("restrictions")
public class Restrictions {

    private final RestrictionRepository repository;
    private final ComplaintRepository complaints;
    private final WorkingDayCalendar calendar;
    private final ComplaintProcesses processes;
    private final Councils councils;
    private final Wording wording;

    public Restrictions(RestrictionRepository repository, ComplaintRepository complaints, WorkingDayCalendar calendar,
                        ComplaintProcesses processes, Councils councils, Wording wording) {
        this.processes = processes;
        this.councils = councils;
        this.wording = wording;
        this.repository = repository;
        this.complaints = complaints;
        this.calendar = calendar;
    }

    /** Records the Service Manager's decision from the form: restrictionsText, reviewOn, expiresOn. */
    public void record(DelegateExecution execution) {
        Object text = execution.getVariable("restrictionsText");
        if (text == null || text.toString().isBlank()) {
            throw new IllegalArgumentException("Say what the restrictions are");
        }
        LocalDate today = calendar.today();
        LocalDate expires = CalendarDates.toLocalDate(execution.getVariable("expiresOn"), calendar.zone());
        LocalDate review = CalendarDates.toLocalDate(execution.getVariable("reviewOn"), calendar.zone());
        if (!expires.isAfter(today)) {
            throw new IllegalArgumentException("The restrictions must end after today (" + today + ")");
        }
        if (review.isBefore(today) || review.isAfter(expires)) {
            throw new IllegalArgumentException("The review date must be between today and the end of the restrictions ("
                    + expires + ")");
        }
        Complaint complaint = complaints.findByReference(processes.referenceOf(execution)).orElseThrow();
        Restriction restriction = repository.save(new Restriction(complaint.getReference(), complaint.getProcedure(),
                text.toString().trim(), today, review, expires));
        execution.setVariable("restrictionId", restriction.getId());
    }

    public void lift(DelegateExecution execution) {
        Object id = execution.getVariable("restrictionId");
        if (id instanceof Number number) {
            repository.findById(number.longValue()).ifPresent(r -> r.lift(calendar.today()));
        }
    }

    /** What restrictions are in force today on the person who made this complaint, as text for staff; or null. */
    public String inForceFor(Complaint complaint) {
        return inForceOn(complaint, calendar.today());
    }

    /** The same as {@link #inForceFor(Complaint)} as it stood on a past day (decided by then, not yet ended). */
    public String inForceOn(Complaint complaint, LocalDate day) {
        Complainant person = complaint.getComplainant();
        if (person.isAnonymous()) {
            return null;
        }
        // the council's own decisions only: another council's restrictions on the same person are its business
        String council = councils.of(complaint.getProcedure());
        List<String> lines = repository.onPerson(person.getEmailKey(), person.getPhoneKey(), person.getNameAddressKey())
                .stream()
                .filter(r -> r.inForceOn(day))
                .filter(r -> sameCouncil(council, r.getProcedure()))
                .map(r -> r.getRestrictions() + " (until " + wording.date(r.getExpiresOn()) + ", from complaint "
                        + r.getComplaintReference() + ")")
                .collect(Collectors.toList());
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** A procedure whose diagram is no longer deployed, or not in a council's folder, is not this council's. */
    boolean sameCouncil(String council, String procedure) {
        try {
            return council.equals(councils.of(procedure));
        } catch (IllegalArgumentException notACouncilsProcedure) {
            return false;
        }
    }
}
