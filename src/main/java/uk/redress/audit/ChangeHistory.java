package uk.redress.audit;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricDetailQuery;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/** Each change to the complaint's details as its processes hold them, oldest first, paged by the engine. */
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
        long total = query(history, tree).count();
        java.util.Map<String, String> names = tree.names();
        List<Change> changes = query(history, tree).orderByTime().asc().orderByVariableRevision().asc()
                .listPage((page - 1) * HistoryPage.SIZE, HistoryPage.SIZE).stream()
                .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
                .map(update -> new Change(names.getOrDefault(update.getProcessInstanceId(), ""), wording.moment(update.getTime()),
                        wording.words(update.getVariableName()), value(update), update.getRevision()))
                .toList();
        return new HistoryPage(name(), page, HistoryPage.pages(total), total, changes);
    }

    private static HistoricDetailQuery query(HistoryService history, ComplaintTree tree) {
        return history.createHistoricDetailQuery().processInstanceIdIn(tree.ids().toArray(String[]::new))
                .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization();
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
