package uk.redress.exclusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.restriction.Restrictions;

/**
 * Screens a new complaint against its council's exclusion table. The diagram names the table through the input
 * {@code exclusionRules} (a DMN decision key, e.g. harborough-exclusions) so which grounds apply is the council's
 * policy, visible and editable in Modeler. The proposals are only proposals: an officer confirms or overrides them.
 * Sets {@code groundsProposed}, {@code screeningSummary} (text for the screening form) and
 * {@code screeningProposals} (JSON), and {@code restrictionsInForce} (contact restrictions on this person, if any).
 */
@Component("exclusionScreening")
public class ExclusionScreening implements JavaDelegate {

    public record Proposal(String ground, String action, String reason, String destination) {
    }

    private final ComplaintRepository complaints;
    private final ScreeningFactFinder factFinder;
    private final DecisionService decisionService;
    private final Restrictions restrictions;
    private final ComplaintProcesses processes;
    private final ObjectMapper json = new ObjectMapper();

    public ExclusionScreening(ComplaintRepository complaints, ScreeningFactFinder factFinder,
                              DecisionService decisionService, Restrictions restrictions, ComplaintProcesses processes) {
        this.processes = processes;
        this.complaints = complaints;
        this.factFinder = factFinder;
        this.decisionService = decisionService;
        this.restrictions = restrictions;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        Object rules = execution.getVariableLocal("exclusionRules");
        if (rules == null || rules.toString().isBlank()) {
            throw new IllegalStateException("The screening task needs the input exclusionRules (a DMN decision key)");
        }
        String reference = processes.referenceOf(execution);
        Complaint complaint = complaints.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No complaint " + reference));
        ScreeningFacts facts = factFinder.factsOf(complaint, execution.getBpmnModelInstance());
        List<Proposal> proposals = propose(rules.toString(), facts);

        execution.setVariable("groundsProposed", !proposals.isEmpty());
        execution.setVariable("screeningProposals", json.writeValueAsString(proposals));
        execution.setVariable("screeningSummary", summary(proposals, facts));
        // shown on the task forms: the person's contact restrictions still in force (new issues are still assessed)
        execution.setVariable("restrictionsInForce", restrictions.inForceFor(complaint));
    }

    List<Proposal> propose(String rules, ScreeningFacts facts) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(rules).variables(facts.asVariables()).evaluate();
        List<Proposal> proposals = new ArrayList<>();
        for (Map<String, Object> row : result.getResultList()) {
            proposals.add(new Proposal(text(row.get("ground")), text(row.get("action")), text(row.get("reason")),
                    text(row.get("destination"))));
        }
        return proposals;
    }

    private static String summary(List<Proposal> proposals, ScreeningFacts facts) {
        if (proposals.isEmpty()) {
            return "No exclusion grounds found.";
        }
        StringBuilder text = new StringBuilder();
        for (Proposal p : proposals) {
            text.append("- ").append(p.action().toUpperCase()).append(": ").append(p.reason());
            if (!p.destination().isBlank()) {
                text.append(" (to ").append(p.destination()).append(')');
            }
            text.append('\n');
        }
        facts.earlierComplaint().ifPresent(ref -> text.append("Earlier complaint: ").append(ref).append('\n'));
        return text.toString().trim();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
