package uk.redress.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.notification.Letters;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.problem.NotFound;

/**
 * Which process instances make up a complaint, as far as the caller may read them. Every query runs with the
 * engine's authorization check as the signed-in user: a complaint none of whose own processes they may read is
 * "not found", exactly as an unknown reference, so the answer says nothing about another council's complaints.
 */
@Component
class ComplaintTrees {

    private final ComplaintProcesses ownership;
    private final ComplaintRepository complaints;
    private final AuditWording wording;

    ComplaintTrees(ComplaintProcesses ownership, ComplaintRepository complaints, AuditWording wording) {
        this.ownership = ownership;
        this.complaints = complaints;
        this.wording = wording;
    }

    ComplaintTree of(ProcessEngine engine, String reference) {
        NotFound notFound = new NotFound("There is no complaint " + reference + " that you may read");
        // without a signed-in user the engine would check nothing: never answer then
        if (engine.getIdentityService().getCurrentAuthentication() == null) {
            throw notFound;
        }
        HistoryService history = engine.getHistoryService();
        List<String> roots = ownership.rootsOf(reference);
        List<HistoricProcessInstance> readable = roots.isEmpty() ? List.of()
                : history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(roots)).list();
        Complaint complaint = complaints.findByReference(reference).orElse(null);
        if (readable.isEmpty() || complaint == null) {
            throw notFound;
        }
        Map<String, HistoricProcessInstance> all = new LinkedHashMap<>();
        for (HistoricProcessInstance root : readable) {
            history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()).list()
                    .forEach(instance -> all.put(instance.getId(), instance));
        }
        List<HistoricProcessInstance> deliveries = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(Letters.DELIVERY_PROCESS).variableValueEquals("complaintReference", reference)
                .list();
        Map<String, String> letters = letterNames(history, deliveries);
        List<ProcessEntry> entries = new ArrayList<>();
        all.values().stream().sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .forEach(instance -> entries.add(entry(instance, roots.contains(instance.getId()) ? "complaint" : "stage",
                        instance.getProcessDefinitionName())));
        deliveries.stream().filter(instance -> !all.containsKey(instance.getId()))
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .forEach(instance -> entries.add(entry(instance, "letter", "Sending "
                        + letters.getOrDefault(instance.getId(), "a letter").toLowerCase(java.util.Locale.UK))));
        return new ComplaintTree(complaint, List.copyOf(entries));
    }

    private Map<String, String> letterNames(HistoryService history, List<HistoricProcessInstance> deliveries) {
        Map<String, String> names = new LinkedHashMap<>();
        if (deliveries.isEmpty()) {
            return names;
        }
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(deliveries.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableName("letter").disableCustomObjectDeserialization().list();
        variables.forEach(variable -> names.put(variable.getProcessInstanceId(),
                wording.words(String.valueOf(variable.getValue()))));
        return names;
    }

    private ProcessEntry entry(HistoricProcessInstance instance, String group, String name) {
        String parent = "stage".equals(group) ? instance.getSuperProcessInstanceId() : null;
        return new ProcessEntry(instance.getId(), name == null ? wording.words(instance.getProcessDefinitionKey()) : name,
                group, parent, wording.moment(instance.getStartTime()), wording.moment(instance.getEndTime()),
                state(instance.getState()));
    }

    private static String state(String state) {
        return switch (state == null ? "" : state) {
            case HistoricProcessInstance.STATE_ACTIVE -> "Running";
            case HistoricProcessInstance.STATE_SUSPENDED -> "Suspended";
            case HistoricProcessInstance.STATE_COMPLETED -> "Finished";
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED -> "Stopped by a member of staff";
            case HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "Stopped by the procedure";
            default -> "";
        };
    }
}
