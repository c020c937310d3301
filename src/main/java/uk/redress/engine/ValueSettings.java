package uk.redress.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetailQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Every value a complaint's processes set, each time, oldest first: the engine's detail rows, and for a value that
 * never changed its record, which holds its one setting ({@link FirstSettingHistory} writes no detail row for it).
 */
public final class ValueSettings {

    /**
     * Oldest first; within one moment in the order the values were set (a value's first setting before its changes),
     * then by name and id, so that every reading pages the same way.
     */
    public static final Comparator<HistoricVariableUpdate> OLDEST_FIRST = Comparator
            .comparing(HistoricVariableUpdate::getTime).thenComparingInt(HistoricVariableUpdate::getRevision)
            .thenComparingLong(ValueSettings::order).thenComparing(HistoricVariableUpdate::getVariableName)
            .thenComparing(HistoricVariableUpdate::getId);

    private ValueSettings() {
    }

    /** Every setting of every value of these processes, read with the reader's own rights, oldest first. */
    public static List<HistoricVariableUpdate> of(HistoryService history, String... processInstanceIds) {
        return read(history, false, processInstanceIds);
    }

    /**
     * The same, each value as stored: no file's bytes fetched, no object deserialized (for showing what was recorded
     * without running anything it holds).
     */
    public static List<HistoricVariableUpdate> asStored(HistoryService history, String... processInstanceIds) {
        return read(history, true, processInstanceIds);
    }

    private static List<HistoricVariableUpdate> read(HistoryService history, boolean asStored,
                                                     String[] processInstanceIds) {
        if (processInstanceIds.length == 0) {
            return List.of();
        }
        HistoricDetailQuery query = history.createHistoricDetailQuery().variableUpdates()
                .processInstanceIdIn(processInstanceIds);
        if (asStored) {
            query.disableBinaryFetching().disableCustomObjectDeserialization();
        }
        return of(history, processInstanceIds, query.list().stream().filter(HistoricVariableUpdate.class::isInstance)
                .map(HistoricVariableUpdate.class::cast).toList());
    }

    /** These detail rows of the processes with the first setting of each value that has none, oldest first. */
    private static List<HistoricVariableUpdate> of(HistoryService history, String[] processInstanceIds,
                                                   List<HistoricVariableUpdate> details) {
        List<HistoricVariableUpdate> settings = new ArrayList<>(details);
        Set<String> changed = new HashSet<>();
        details.forEach(detail -> changed.add(detail.getVariableInstanceId()));
        // a record without detail rows is held in the row itself (files and objects keep theirs): nothing to fetch
        for (HistoricVariableInstance record : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds).includeDeleted().disableBinaryFetching()
                .disableCustomObjectDeserialization().list()) {
            if (!changed.contains(record.getId())) {
                settings.add(new FirstSetting(record));
            }
        }
        settings.sort(OLDEST_FIRST);
        return settings;
    }

    /** A setting's place in its value's order (the engine's sequence counter; a record's one setting is the first). */
    private static long order(HistoricVariableUpdate setting) {
        return setting instanceof HistoryEvent detail ? detail.getSequenceCounter() : 1;
    }

    /** A value's one setting, as its record holds it. */
    private record FirstSetting(HistoricVariableInstance record) implements HistoricVariableUpdate {

        @Override
        public String getId() {
            return record.getId();
        }

        @Override
        public String getVariableName() {
            return record.getName();
        }

        @Override
        public String getVariableInstanceId() {
            return record.getId();
        }

        @Override
        public String getTypeName() {
            return record.getTypeName();
        }

        @Override
        @Deprecated
        public String getVariableTypeName() {
            return record.getTypeName();
        }

        @Override
        public Object getValue() {
            return record.getValue();
        }

        @Override
        public TypedValue getTypedValue() {
            return record.getTypedValue();
        }

        @Override
        public int getRevision() {
            return 0;
        }

        @Override
        public String getErrorMessage() {
            return record.getErrorMessage();
        }

        @Override
        public Boolean isInitial() {
            return null;
        }

        @Override
        public String getProcessDefinitionKey() {
            return record.getProcessDefinitionKey();
        }

        @Override
        public String getProcessDefinitionId() {
            return record.getProcessDefinitionId();
        }

        @Override
        public String getRootProcessInstanceId() {
            return record.getRootProcessInstanceId();
        }

        @Override
        public String getProcessInstanceId() {
            return record.getProcessInstanceId();
        }

        @Override
        public String getActivityInstanceId() {
            return record.getActivityInstanceId();
        }

        @Override
        public String getExecutionId() {
            return record.getExecutionId();
        }

        @Override
        public String getCaseDefinitionKey() {
            return record.getCaseDefinitionKey();
        }

        @Override
        public String getCaseDefinitionId() {
            return record.getCaseDefinitionId();
        }

        @Override
        public String getCaseInstanceId() {
            return record.getCaseInstanceId();
        }

        @Override
        public String getCaseExecutionId() {
            return record.getCaseExecutionId();
        }

        @Override
        public String getTaskId() {
            return record.getTaskId();
        }

        @Override
        public Date getTime() {
            return record.getCreateTime();
        }

        @Override
        public String getTenantId() {
            return record.getTenantId();
        }

        @Override
        public String getUserOperationId() {
            return null;
        }

        @Override
        public Date getRemovalTime() {
            return record.getRemovalTime();
        }
    }
}
