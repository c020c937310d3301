package uk.redress.exclusion;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.deployment.ProcedurePolicy;
import uk.redress.deployment.ProcessProperties;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Finds the facts of {@link ScreeningFacts} for a complaint: its dates, and earlier complaints by the same person
 * (same email, same telephone digits, or same name and address) about the same service area.
 */
@Component
class ScreeningFactFinder {

    /**
     * The procedure's process property listing the outcomes that mean the council gave its final answer (the
     * procedure used to its end, or a further stage refused): an earlier complaint closed so is a repeat.
     */
    static final String FINAL_OUTCOMES = "finalOutcomes";
    private static final String OMBUDSMAN_PROCESS = "ombudsman-enquiry";

    private final ComplaintRepository complaints;
    private final HistoryService historyService;
    private final ProcedurePolicy policy;
    private final ComplaintProcesses processes;

    ScreeningFactFinder(ComplaintRepository complaints, HistoryService historyService, ProcedurePolicy policy,
                        ComplaintProcesses processes) {
        this.processes = processes;
        this.complaints = complaints;
        this.historyService = historyService;
        this.policy = policy;
    }

    /**
     * The facts for a complaint screened by a step of {@code runningOn}, the diagram its process runs on: the
     * outcomes that count as final are read from it (the engine's copy in memory, no query). Every diagram screens
     * in the same transaction that starts the complaint on the latest version, so this is that version's list; a
     * step in another diagram than the procedure's (or none) reads the latest version's, as before.
     */
    ScreeningFacts factsOf(Complaint complaint, BpmnModelInstance runningOn) {
        Optional<Complaint> earlier = Optional.empty();
        boolean ombudsman = false;
        String procedure = complaint.getProcedure();
        Optional<String> listed = runningOn != null && runningOn.getModelElementById(procedure) instanceof Process
                ? ProcessProperties.value(runningOn, procedure, FINAL_OUTCOMES)
                : policy.property(procedure, FINAL_OUTCOMES);
        Set<String> finalOutcomes = listed.map(list -> Set.copyOf(ProcessProperties.items(list))).orElse(Set.of());
        // the same person's, found by the match keys (none for an anonymous complaint)
        for (Complaint candidate : complaints.findClosedAbout(complaint)) {
            if (hadOmbudsmanEnquiry(candidate.getReference())) {
                ombudsman = true;
            }
            if (earlier.isEmpty() && finalOutcomes.contains(candidate.getOutcome())) {
                earlier = Optional.of(candidate);
            }
        }
        return new ScreeningFacts(
                ScreeningFacts.atLeastOneYearOld(complaint.getEventDate(), complaint.getReceivedOn()),
                ScreeningFacts.moreThanOneYearOld(complaint.getEventDate(), complaint.getReceivedOn()),
                earlier.map(Complaint::getReference), ombudsman, complaint.getConcurrentProceedings(),
                complaint.getSubject().name(), complaint.getProcedure());
    }

    private boolean hadOmbudsmanEnquiry(String reference) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(OMBUDSMAN_PROCESS)
                .processInstanceBusinessKey(reference).list().stream()
                .anyMatch(enquiry -> processes.belongs(reference, enquiry.getRootProcessInstanceId()));
    }

}
