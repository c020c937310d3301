package uk.redress.workspace.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;
import uk.redress.workspace.Wording;

/**
 * What an officer recorded when finishing a task, in the form's own words: each field they filled in ("How was it
 * resolved?: Resolved informally"), read from the engine's history of the values set as the task was completed.
 * Variable names and option codes never reach the page: a value without a labelled form field is left out.
 */
@Component
class TaskOutcomes {

    private final TaskForms forms;
    private final Wording wording;

    TaskOutcomes(TaskForms forms, Wording wording) {
        this.forms = forms;
        this.wording = wording;
    }

    /** Task id to the lines recorded with it, for these finished tasks, from the complaint's recorded values. */
    Map<String, List<String>> of(Collection<HistoricTaskInstance> tasks, List<HistoricVariableUpdate> updates) {
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        for (HistoricTaskInstance task : tasks) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (HistoricVariableUpdate update : updates) {
                if ((task.getId().equals(update.getTaskId())
                        || task.getActivityInstanceId() != null
                        && task.getActivityInstanceId().equals(update.getActivityInstanceId()))) {
                    values.put(update.getVariableName(), update.getValue());
                }
            }
            outcomes.put(task.getId(), lines(task, values));
        }
        return outcomes;
    }

    private List<String> lines(HistoricTaskInstance task, Map<String, Object> values) {
        List<String> lines = new ArrayList<>();
        for (TaskForms.Field field : forms.of(task)) {
            Object value = values.get(field.key());
            String shown = value == null ? null : shown(field, value);
            if (shown != null && !shown.isBlank()) {
                lines.add(label(field.label()) + ": " + shown);
            }
        }
        return lines;
    }

    private String shown(TaskForms.Field field, Object value) {
        return switch (field.type()) {
            case "checkbox" -> Boolean.TRUE.equals(value) || "true".equals(value.toString()) ? "Yes" : "No";
            case "radio", "select" -> field.options().get(value.toString());
            case "datetime" -> wording.anyDate(value);
            default -> value.toString().strip();
        };
    }

    /** A question keeps its question mark; any other label is followed by the colon the line adds. */
    private static String label(String label) {
        String trimmed = label.strip();
        return trimmed.endsWith(":") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
