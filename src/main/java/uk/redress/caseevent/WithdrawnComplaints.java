package uk.redress.caseevent;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.RestartProcessInstanceBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.deadline.Deadlines;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.problem.Conflict;

/**
 * Re-opens a withdrawn complaint (the withdrawal was a misunderstanding, Warwickshire section 9): its procedure is
 * restarted where the withdrawal stopped it, through the engine's restart of a finished process instance with its
 * last variables, and the clocks the withdrawal closed run again, moved by the working days since.
 */
@Component
class WithdrawnComplaints {

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ComplaintRepository complaints;
    private final Deadlines deadlines;
    private final ComplaintProcesses processes;

    WithdrawnComplaints(HistoryService historyService, RuntimeService runtimeService, RepositoryService repositoryService,
                        ComplaintRepository complaints, Deadlines deadlines, ComplaintProcesses processes) {
        this.processes = processes;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.complaints = complaints;
        this.deadlines = deadlines;
    }

    /** Restarts the withdrawn complaint's procedure where it stopped; returns the process instance now running it. */
    String reopen(Complaint given) {
        Complaint complaint = complaints.findForUpdate(given.getReference()).orElseThrow();
        if (!"withdrawn".equals(complaint.getOutcome()) || complaint.getClosedAt() == null) {
            throw new Conflict("Complaint " + complaint.getReference() + " is neither discontinued nor withdrawn");
        }
        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(ended.getProcessDefinitionId());
        Set<String> resumeBefore = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(ended.getId()).canceled().list()) {
            FlowNode node = model.getModelElementById(activity.getActivityId());
            if (node == null || node.getParentElement() instanceof SubProcess parent && parent.triggeredByEvent()) {
                continue;
            }
            resumeBefore.add(waitingPoint(node));
        }
        if (resumeBefore.isEmpty()) {
            throw new Conflict("Complaint " + complaint.getReference() + " has nothing to resume");
        }
        LocalDate closedOn = complaint.getClosedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        deadlines.reopenClosedOn(complaint.getReference(), closedOn);
        RestartProcessInstanceBuilder restart = runtimeService.restartProcessInstances(ended.getProcessDefinitionId());
        for (String activityId : resumeBefore) {
            restart = restart.startBeforeActivity(activityId);
        }
        RestartProcessInstanceBuilder chosen = restart.processInstanceIds(ended.getId());
        ProcessInstance resumed = processes.start(complaint.getReference(), () -> {
            chosen.execute();
            java.util.List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(complaint.getReference())
                    .processDefinitionId(ended.getProcessDefinitionId()).rootProcessInstances().list();
            // the restarted process recorded itself as the complaint's when its first step asked
            return running.stream().filter(each -> processes.belongs(complaint.getReference(), each.getId()))
                    .findFirst().orElseGet(() -> running.size() == 1 ? running.get(0) : null);
        });
        complaint.reopen(resumed.getId());
        return resumed.getId();
    }

    /** An event waited for behind an event-based gateway is resumed at the gateway, so its rival events wait too. */
    private static String waitingPoint(FlowNode node) {
        for (SequenceFlow incoming : node.getIncoming()) {
            if (incoming.getSource() instanceof EventBasedGateway gateway) {
                return gateway.getId();
            }
        }
        return node.getId();
    }
}
