package uk.redress.ombudsman;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.deployment.ProcedurePolicy;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.problem.Conflict;
import uk.redress.problem.FieldError;
import uk.redress.problem.InvalidInput;

/**
 * Starts the {@value #PROCESS} process for a complaint (open or closed) when the Ombudsman writes. Who handles it
 * is the procedure's policy: the process property {@code ombudsmanLinkGroup} of the complaint's diagram.
 */
@Service
public class OmbudsmanEnquiries {

    static final String PROCESS = "ombudsman-enquiry";
    static final String LINK_GROUP = "ombudsmanLinkGroup";

    private final RuntimeService runtimeService;
    private final ProcedurePolicy policy;
    private final WorkingDayCalendar calendar;
    private final ComplaintProcesses processes;

    public OmbudsmanEnquiries(RuntimeService runtimeService, ProcedurePolicy policy, WorkingDayCalendar calendar,
                              ComplaintProcesses processes) {
        this.processes = processes;
        this.runtimeService = runtimeService;
        this.policy = policy;
        this.calendar = calendar;
    }

    @Transactional
    public ProcessInstance receive(Complaint complaint, OmbudsmanEnquiryRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.receivedOn().isAfter(calendar.today())) {
            errors.add(new FieldError("receivedOn", "must not be in the future"));
        }
        if (request.receivedOn().isBefore(complaint.getReceivedOn())) {
            errors.add(new FieldError("receivedOn", "must not be before the complaint was received"));
        }
        if (request.replyDueOn().isBefore(request.receivedOn())) {
            errors.add(new FieldError("replyDueOn", "must not be before receivedOn"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean open = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(complaint.getReference()).list().stream()
                .anyMatch(enquiry -> processes.belongs(complaint.getReference(), enquiry.getRootProcessInstanceId()));
        if (open) {
            throw new Conflict("Complaint " + complaint.getReference() + " already has an open Ombudsman enquiry");
        }
        String linkGroup = linkGroup(complaint.getProcedure());
        return processes.start(complaint.getReference(), () -> runtimeService.startProcessInstanceByKey(PROCESS,
                complaint.getReference(), Map.of(
                "reference", complaint.getReference(),
                "procedure", complaint.getProcedure(),
                "ombudsmanReference", request.ombudsmanReference().trim(),
                "ombudsmanEnquiryReceivedOn", request.receivedOn().toString(),
                "replyDueOn", request.replyDueOn().toString(),
                "linkOfficerGroup", linkGroup)));
    }

    private String linkGroup(String procedure) {
        return policy.property(procedure, LINK_GROUP)
                .orElseThrow(() -> new IllegalStateException("The " + procedure
                        + " diagram names no Link Officer group (process property " + LINK_GROUP + ")"));
    }
}
