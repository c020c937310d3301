package uk.redress.caseevent;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.complaint.WaitingProcesses;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;

/**
 * Withdraws a complaint: the message {@value #MESSAGE} starts the "Complaint withdrawn" event sub-process of its
 * procedure's diagram, which stops everything and asks the team to confirm the withdrawal in writing.
 */
@Service
public class Withdrawals {

    public static final String MESSAGE = "ComplaintWithdrawn";
    public static final String REOPENED = "ComplaintReopened";

    private final RuntimeService runtimeService;
    private final WaitingProcesses waitingProcesses;
    private final WorkingDayCalendar calendar;
    private final WithdrawnComplaints withdrawn;

    public Withdrawals(RuntimeService runtimeService, WorkingDayCalendar calendar, WithdrawnComplaints withdrawn,
                       WaitingProcesses waitingProcesses) {
        this.waitingProcesses = waitingProcesses;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.withdrawn = withdrawn;
    }

    @Transactional
    public void withdraw(Complaint complaint, WithdrawalRequest request) {
        if (request.withdrawnOn().isAfter(calendar.today())) {
            throw InvalidInput.of("withdrawnOn", "must not be in the future");
        }
        if (request.withdrawnOn().isBefore(complaint.getReceivedOn())) {
            throw InvalidInput.of("withdrawnOn", "must not be before the complaint was received");
        }
        if (complaint.getStatus() == ComplaintStatus.SUSPENDED) {
            throw new Conflict("Complaint " + complaint.getReference() + " is suspended: resume it first, then withdraw it");
        }
        String waiting = waitingProcesses.waitingFor(complaint.getReference(), MESSAGE).orElse(null);
        if (waiting == null) {
            throw new Conflict("Complaint " + complaint.getReference() + " is " + complaint.getStatus()
                    + " and can no longer be withdrawn");
        }
        runtimeService.createMessageCorrelation(MESSAGE).processInstanceId(waiting)
                .setVariable("withdrawnOn", request.withdrawnOn().toString())
                .setVariable("withdrawnBy", request.how().name())
                .setVariable("withdrawalNote", request.note())
                .correlate();
    }

    /**
     * Re-opens a complaint: a discontinued one where its stage waits for it, a withdrawn one (a misunderstanding)
     * where the withdrawal stopped it; either way with fresh deadlines.
     */
    @Transactional
    public void reopen(Complaint complaint, ReopeningRequest request) {
        String waiting = waitingProcesses.waitingFor(complaint.getReference(), REOPENED).orElse(null);
        if (waiting == null) {
            // recorded as a discontinued complaint's are, so its history says who authorised it and why
            String resumed = withdrawn.reopen(complaint);
            runtimeService.setVariable(resumed, "reopenedBy", request.authorisedBy().trim());
            runtimeService.setVariable(resumed, "reopeningReason", request.reason());
            return;
        }
        runtimeService.createMessageCorrelation(REOPENED).processInstanceId(waiting)
                .setVariable("reopenedBy", request.authorisedBy().trim())
                .setVariable("reopeningReason", request.reason())
                .correlate();
    }
}
