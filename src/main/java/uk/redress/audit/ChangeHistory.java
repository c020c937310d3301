package uk.redress.audit;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import uk.redress.engine.ValueSettings;

/**
 * Each setting of the complaint's details as its processes hold them, oldest first: a value's first setting and each
 * change ({@link ValueSettings}), 25 to a page.
 */
@Component
class ChangeHistory implements HistoryPart {

    private static final int LONGEST_VALUE = 500;

    record Change(String process, String when, String detail, String value, int revision) {
    }

    private final AuditWording wording;

    ChangeHistory(AuditWording wording) {
        this.wording = wording;
    }

    @Override
    public String name() {
        return "changes";
    }

    @Override
    public HistoryPage page(ComplaintTree tree, HistoryService history, int page) {
        java.util.Map<String, String> names = tree.names();
        // every setting of each value (a complaint's few hundred at most), then the page of them
        List<HistoricVariableUpdate> settings = ValueSettings.asStored(history, tree.ids().toArray(String[]::new));
        List<Change> changes = settings.stream().skip((long) (page - 1) * HistoryPage.SIZE).limit(HistoryPage.SIZE)
                .map(update -> new Change(names.getOrDefault(update.getProcessInstanceId(), ""), wording.moment(update.getTime()),
                        wording.words(update.getVariableName()), value(update), update.getRevision()))
                .toList();
        return new HistoryPage(name(), page, HistoryPage.pages(settings.size()), settings.size(), changes);
    }

    private String value(HistoricVariableUpdate update) {
        TypedValue typed = update.getTypedValue();
        Object value = typed instanceof SerializableValue serializable ? serializable.getValueSerialized()
                : update.getValue();
        String text;
        if (value == null) {
            text = update.getErrorMessage() != null ? "(could not be read)" : "(empty)";
        } else if (value instanceof Date date) {
            text = wording.moment(date);
        } else if (value instanceof Boolean yes) {
            text = yes ? "Yes" : "No";
        } else if (value instanceof byte[]) {
            text = "(a file)";
        } else {
            text = value.toString();
        }
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
    }
}
