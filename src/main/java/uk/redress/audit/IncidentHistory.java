package uk.redress.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.springframework.stereotype.Component;

/** Steps that failed (a letter that could not be sent, say) and whether the problem was put right. */
@Component
class IncidentHistory implements HistoryPart {

    record Problem(String process, String when, String step, String what, String message, String state,
                   String ended) {
    }

    private final AuditWording wording;

    IncidentHistory(AuditWording wording) {
        this.wording = wording;
    }

    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public HistoryPage page(ComplaintTree tree, HistoryService history, int page) {
        List<HistoricIncident> incidents = tree.fromEach(id -> history.createHistoricIncidentQuery()
                .processInstanceId(id).list());
        incidents.sort(Comparator.comparing(HistoricIncident::getCreateTime).thenComparing(HistoricIncident::getId));
        Map<String, String> names = tree.names();
        List<Problem> problems = incidents.stream().map(incident -> new Problem(
                names.getOrDefault(incident.getProcessInstanceId(), ""), wording.moment(incident.getCreateTime()),
                wording.words(incident.getActivityId()), what(incident.getIncidentType()),
                incident.getIncidentMessage() == null ? "" : incident.getIncidentMessage(), state(incident),
                wording.moment(incident.getEndTime()))).toList();
        return HistoryPage.of(name(), problems, page);
    }

    private String what(String type) {
        return switch (type == null ? "" : type) {
            case "failedJob" -> "A step failed after its retries";
            case "failedExternalTask" -> "An outside step failed";
            default -> wording.words(type);
        };
    }

    private static String state(HistoricIncident incident) {
        if (incident.isOpen()) {
            return "Open";
        }
        return incident.isResolved() ? "Put right" : "Closed";
    }
}
