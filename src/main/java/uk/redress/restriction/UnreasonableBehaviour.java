package uk.redress.restriction;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.WaitingProcesses;
import uk.redress.deployment.ProcedurePolicy;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;

/**
 * Starts the {@value #PROCESS} process for a complaint's complainant. The procedure's diagram says whether and how
 * (its process properties): {@code behaviourManagerGroup} who decides, {@code restrictionNoticeWorkingDays} by when
 * the written notice goes, {@code restrictionAppealGroup} who hears an appeal (absent: no appeal).
 */
@Service
public class UnreasonableBehaviour {

    static final String PROCESS = "unreasonable-behaviour";
    static final String APPEALED = "RestrictionAppealed";
    private static final String MANAGERS = "behaviourManagerGroup";

    private final RuntimeService runtimeService;
    private final WaitingProcesses waitingProcesses;
    private final ProcedurePolicy policy;
    private final ComplaintProcesses processes;

    public UnreasonableBehaviour(RuntimeService runtimeService, ProcedurePolicy policy,
                                 WaitingProcesses waitingProcesses, ComplaintProcesses processes) {
        this.processes = processes;
        this.waitingProcesses = waitingProcesses;
        this.runtimeService = runtimeService;
        this.policy = policy;
    }

    @Transactional
    public ProcessInstance raise(Complaint complaint, BehaviourConcern concern) {
        String procedure = complaint.getProcedure();
        String managers = policy.property(procedure, MANAGERS)
                .orElseThrow(() -> new Conflict("The " + complaint.getProcedure()
                        + " procedure does not provide for restricting an unreasonable complainant"));
        if (inHand(complaint)) {
            throw new Conflict("Complaint " + complaint.getReference() + " already has this in hand");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", complaint.getReference());
        variables.put("behaviourConcern", concern.concern().trim());
        variables.put("behaviourManagerGroup", managers);
        // the notice period is the procedure's policy: a diagram that provides for restrictions must state it
        variables.put("noticeWorkingDays", Integer.valueOf(policy.property(procedure, "restrictionNoticeWorkingDays")
                .orElseThrow(() -> new IllegalStateException("The " + procedure
                        + " diagram names no restrictionNoticeWorkingDays"))));
        Optional<String> appeal = policy.property(procedure, "restrictionAppealGroup");
        variables.put("appealGroup", appeal.orElse(null));
        return processes.start(complaint.getReference(),
                () -> runtimeService.startProcessInstanceByKey(PROCESS, complaint.getReference(), variables));
    }

    /** Whether a concern may be raised on the complaint now: its procedure provides for it and none is in hand. */
    public boolean canRaise(Complaint complaint) {
        return policy.property(complaint.getProcedure(), MANAGERS).isPresent() && !inHand(complaint);
    }

    private boolean inHand(Complaint complaint) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(complaint.getReference()).list().stream()
                .anyMatch(open -> processes.belongs(complaint.getReference(), open.getRootProcessInstanceId()));
    }

    @Transactional
    public void appeal(Complaint complaint, BehaviourConcern grounds) {
        String waiting = waitingProcesses.waitingFor(complaint.getReference(), APPEALED)
                .orElseThrow(() -> new Conflict("There is no restriction on complaint " + complaint.getReference()
                        + " open to appeal"));
        if (grounds.concern().isBlank()) {
            throw InvalidInput.of("concern", "must say why the restrictions should be reconsidered");
        }
        runtimeService.createMessageCorrelation(APPEALED).processInstanceId(waiting)
                .setVariable("appealGrounds", grounds.concern().trim()).correlate();
    }

}
