package uk.redress.workspace.action;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.redress.caseevent.Suspensions;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.complaint.Escalations;
import uk.redress.complaint.WaitingProcesses;
import uk.redress.ombudsman.OmbudsmanEnquiries;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.restriction.UnreasonableBehaviour;
import uk.redress.workspace.ProcedureChoices;

/**
 * Which actions the case page offers: only to staff who may act on the procedure's complaints, and only where the
 * complaint's diagram is waiting for them now (the same test the services make before they act).
 */
@Component
public class CaseActions {

    private final ProcedureChoices procedures;
    private final WaitingProcesses waiting;
    private final RuntimeService runtimeService;
    private final ComplaintProcesses processes;
    private final Suspensions suspensions;
    private final UnreasonableBehaviour behaviour;

    CaseActions(ProcedureChoices procedures, WaitingProcesses waiting, RuntimeService runtimeService,
                ComplaintProcesses processes, Suspensions suspensions, UnreasonableBehaviour behaviour) {
        this.behaviour = behaviour;
        this.processes = processes;
        this.suspensions = suspensions;
        this.procedures = procedures;
        this.waiting = waiting;
        this.runtimeService = runtimeService;
    }

    public record Offered(boolean escalation, boolean withdrawal, boolean ombudsmanEnquiry, boolean suspension,
                          boolean resumption, boolean reopening, boolean behaviourConcern) {

        public boolean any() {
            return escalation || withdrawal || ombudsmanEnquiry || suspension || resumption || reopening
                    || behaviourConcern;
        }
    }

    public Offered offered(Complaint complaint) {
        if (!procedures.mayWork(complaint.getProcedure())) {
            return new Offered(false, false, false, false, false, false, false);
        }
        String reference = complaint.getReference();
        boolean escalation = waiting.waitingFor(reference, Escalations.MESSAGE).isPresent();
        boolean withdrawal = complaint.getStatus() != ComplaintStatus.SUSPENDED
                && waiting.waitingFor(reference, Withdrawals.MESSAGE).isPresent();
        boolean enquiry = runtimeService.createProcessInstanceQuery().processDefinitionKey(OmbudsmanEnquiries.PROCESS)
                .processInstanceBusinessKey(reference).list().stream()
                .noneMatch(open -> processes.belongs(reference, open.getRootProcessInstanceId()));
        boolean suspension = complaint.getStatus() == ComplaintStatus.OPEN
                && suspensions.suspendable(complaint.getProcedure());
        // re-opened: a stage discontinued for no reply waits for it; a withdrawn complaint is restarted where it stopped
        boolean reopening = waiting.waitingFor(reference, Withdrawals.REOPENED).isPresent()
                || complaint.getStatus() == ComplaintStatus.CLOSED && "withdrawn".equals(complaint.getOutcome());
        return new Offered(escalation, withdrawal, enquiry, suspension,
                complaint.getStatus() == ComplaintStatus.SUSPENDED, reopening, behaviour.canRaise(complaint));
    }
}
