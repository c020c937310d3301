package uk.redress.caseevent;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.deadline.Deadlines;
import uk.redress.deployment.ProcedurePolicy;
import uk.redress.deployment.ProcessProperties;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.problem.Conflict;

/**
 * Suspends and resumes a complaint for concurrent proceedings. Whether a procedure allows it is its diagram's
 * policy (process property {@value #SUSPENDABLE} = true). Suspending stops every clock and suspends the complaint's
 * process instances, so no task can be worked and no timer fires; resuming moves every clock (and the tasks and
 * timers that follow it) by the working days it was suspended.
 */
@Service
public class Suspensions {

    static final String SUSPENDABLE = "suspendable";
    /** The concurrent proceedings the procedure suspends for (Warwickshire: the six of seed 004 section 6). */
    static final String REASONS = "suspensionReasons";

    private final RuntimeService runtimeService;
    private final ProcedurePolicy policy;
    private final Deadlines deadlines;
    private final ComplaintRepository complaints;
    private final ComplaintProcesses processes;
    private final uk.redress.calendar.WorkingDayCalendar calendar;

    public Suspensions(RuntimeService runtimeService, ProcedurePolicy policy, Deadlines deadlines,
                       ComplaintRepository complaints, ComplaintProcesses processes,
                       uk.redress.calendar.WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.policy = policy;
        this.deadlines = deadlines;
        this.complaints = complaints;
        this.processes = processes;
    }

    @Transactional
    public void suspend(Complaint given, SuspensionRequest request) {
        Complaint complaint = current(given);
        if (complaint.getStatus() != ComplaintStatus.OPEN) {
            throw new Conflict("Complaint " + complaint.getReference() + " is " + complaint.getStatus()
                    + ": only an open complaint can be suspended");
        }
        if (!suspendable(complaint.getProcedure())) {
            throw new Conflict("The " + complaint.getProcedure() + " procedure does not provide for suspending a complaint");
        }
        java.util.List<String> reasons = policy.property(complaint.getProcedure(), REASONS)
                .map(ProcessProperties::items).orElse(java.util.List.of());
        if (!reasons.contains(request.because().name())) {
            throw new Conflict("The " + complaint.getProcedure() + " procedure suspends a complaint only for "
                    + String.join(", ", reasons) + ", not " + request.because());
        }
        deadlines.pauseAll(complaint.getReference());
        for (ProcessInstance instance : instances(complaint)) {
            runtimeService.setVariable(instance.getId(), "suspendedBecause", request.because().name());
            runtimeService.setVariable(instance.getId(), "suspendedBy", request.decidedBy().trim());
            runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceId(instance.getId()).suspend();
        }
        complaint.suspend();
    }

    @Transactional
    public void resume(Complaint given) {
        Complaint complaint = current(given);
        if (complaint.getStatus() != ComplaintStatus.SUSPENDED) {
            throw new Conflict("Complaint " + complaint.getReference() + " is not suspended");
        }
        for (ProcessInstance instance : instances(complaint)) {
            runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceId(instance.getId()).activate();
            // kept in the complaint's history, which is where its timeline reads when it went on again
            runtimeService.setVariable(instance.getId(), "resumedOn", calendar.today().toString());
        }
        deadlines.resumeAll(complaint.getReference());
        complaint.resume();
    }

    /** The complaint as stored now, locked for this transaction, so two requests cannot both suspend it. */
    private Complaint current(Complaint complaint) {
        return complaints.findForUpdate(complaint.getReference()).orElseThrow();
    }

    private java.util.List<ProcessInstance> instances(Complaint complaint) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaint.getReference()).list()
                .stream().filter(each -> processes.belongs(complaint.getReference(), each.getRootProcessInstanceId()))
                .toList();
    }

    /** Whether the procedure's diagram provides for suspending its complaints. */
    public boolean suspendable(String procedure) {
        return policy.property(procedure, SUSPENDABLE).map(Boolean::parseBoolean).orElse(false);
    }
}
