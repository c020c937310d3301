package uk.redress.complaint;

import java.time.LocalDate;
import java.util.EnumSet;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;

/**
 * A complainant asks for the next stage. The diagram waits for the message {@value #MESSAGE} while its
 * escalation window is open; a request after the window closes is refused (e.g. Harborough 10.9: 90 days).
 */
@Service
public class Escalations {

    public static final String MESSAGE = "EscalationRequested";

    private final RuntimeService runtimeService;
    private final WaitingProcesses waitingProcesses;
    private final DeadlineRepository deadlines;
    private final WorkingDayCalendar calendar;

    Escalations(RuntimeService runtimeService, DeadlineRepository deadlines, WorkingDayCalendar calendar,
                WaitingProcesses waitingProcesses) {
        this.waitingProcesses = waitingProcesses;
        this.runtimeService = runtimeService;
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    @Transactional
    public void request(Complaint complaint, LocalDate requestedOn) {
        request(complaint, requestedOn, null);
    }

    /** With the complainant's reasons, which a review stage may weigh (e.g. Warwickshire's review test). */
    @Transactional
    public void request(Complaint complaint, LocalDate requestedOn, String reasons) {
        if (requestedOn.isAfter(calendar.today())) {
            throw InvalidInput.of("requestedOn", "must not be in the future");
        }
        if (requestedOn.isBefore(complaint.getReceivedOn())) {
            throw InvalidInput.of("requestedOn", "must not be before the complaint was received");
        }
        String waiting = waitingProcesses.waitingFor(complaint.getReference(), MESSAGE).orElse(null);
        if (waiting == null) {
            throw new Conflict("Complaint " + complaint.getReference()
                    + " is not waiting for an escalation request (stage " + complaint.getStage()
                    + ", status " + complaint.getStatus() + ")");
        }
        deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(complaint.getReference(),
                        EnumSet.of(DeadlineState.OPEN))
                .stream().filter(d -> d.getName().equals("escalation-window")).findFirst()
                .filter(window -> requestedOn.isAfter(window.getDueOn()))
                .ifPresent(window -> {
                    throw new Conflict("The window to escalate complaint " + complaint.getReference()
                            + " closed on " + window.getDueOn() + "; the request of " + requestedOn + " is refused");
                });
        runtimeService.createMessageCorrelation(MESSAGE)
                .processInstanceId(waiting)
                .setVariable("escalationRequestedOn", requestedOn.toString())
                .setVariable("escalationReasons", reasons == null || reasons.isBlank() ? null : reasons.trim())
                .correlate();
    }
}
