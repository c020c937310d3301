package uk.redress.engine;

import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;

/**
 * The engine's database history, keeping a value's first setting once instead of twice. The engine records each new
 * value in two rows: the value's record ({@code ACT_HI_VARINST}: its name, value, when it was set and where it lives)
 * and a detail row ({@code ACT_HI_DETAIL}) for the setting, which also names the step that set it. The detail rows
 * exist for the value's later changes; for a value that never changes and was set where it lives (the complaint's
 * details, given to its process as it starts and to each stage as the stage starts) the second row told an auditor
 * nothing the record does not, and was most of the detail rows kept for six years.
 *
 * <p>So such a new value, held in the row itself (not a file or an object, whose bytes the detail copies), gets no
 * detail row as it is set; nor does a task's own value, whose record names its task. A value a step sets for its
 * process (a task's outcome, a service step's result) keeps its own. When a value without one first changes, is
 * removed or moves to a new version of its diagram, the detail row of its first setting is written then, from its
 * record as it still stands: the same name, value, time, place and order as the engine would have written, so that
 * the details again list every value it had, oldest first. A value set before this rule kept its detail row and gets
 * no second one. What a first setting written late does not carry: the engine's "initial" flag (set at the process's
 * start; Redress restarts a process with its last values, never its first: {@code WithdrawnComplaints}) and the link
 * to the user operation that set it (the operation log still records the operation); and its row's id is newer than
 * its time.
 *
 * <p>Readers of a complaint's changes take a value's record as its first setting when it has no detail rows
 * ({@code uk.redress.audit.ChangeHistory}, the case page's {@code CaseHistory}).
 */
class FirstSettingHistory extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return super.shouldWriteHistoricDetail(event) && !(event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                && inRecord(event));
    }

    @Override
    protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
        // a change, a removal, or a move to another version of the diagram (which writes no detail row of its own
        // but marks the record changed): the first setting is written before any of them
        if ((event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)
                || event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE)
                || event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE))
                && Context.getProcessEngineConfiguration().getHistoryLevel()
                        .isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, event)) {
            DbEntityManager db = getDbEntityManager();
            // the engine reads the record next anyway (to update it), so this read is not an extra one
            HistoricVariableInstanceEntity record = db.selectById(HistoricVariableInstanceEntity.class,
                    event.getVariableInstanceId());
            // a record never changed since it was set (revision 0) may lack its first setting; one changed has it
            if (record != null && record.getRevision() == 0 && record.getByteArrayId() == null
                    && !hasDetails(record.getId())) {
                db.insert(firstSetting(record));
            }
        }
        super.insertHistoricVariableUpdateEntity(event);
    }

    /**
     * Whether the value's record says all its detail row would: held in the row itself, and set where it lives (the
     * process given it as it starts, a stage given the complaint's values), so that the record's place is the setting's.
     * A value a step sets for its process (a task's outcome) keeps its detail row, which names the step.
     */
    private static boolean inRecord(HistoricVariableUpdateEventEntity event) {
        return event.getByteValue() == null && event.getByteArrayId() == null
                && (event.getActivityInstanceId() == null
                        || event.getActivityInstanceId().equals(event.getScopeActivityInstanceId()));
    }

    /** Whether the value has detail rows: written in this command, or earlier (by this rule, or before it). */
    private boolean hasDetails(String variableInstanceId) {
        // the engine's cache keeps every kind of detail row under one key, and finds none by the value's kind
        for (HistoricDetailEventEntity pending : getDbEntityManager().getCachedEntitiesByType(HistoricDetailEventEntity.class)) {
            if (pending instanceof HistoricVariableUpdateEventEntity setting
                    && variableInstanceId.equals(setting.getVariableInstanceId())) {
                return true;
            }
        }
        CommandContext command = Context.getCommandContext();
        HistoricDetailQueryImpl query = new HistoricDetailQueryImpl();
        query.variableInstanceId(variableInstanceId);
        // whoever changes the value, the question is about the history itself, not what that person may read
        return command.runWithoutAuthorization(
                () -> command.getHistoricDetailManager().findHistoricDetailCountByQueryCriteria(query)) > 0;
    }

    /** The detail row the engine writes for a value's first setting, from the value's record before it changes. */
    private static HistoricVariableUpdateEventEntity firstSetting(HistoricVariableInstanceEntity record) {
        HistoricVariableUpdateEventEntity detail = new HistoricVariableUpdateEventEntity();
        detail.setEventType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName());
        detail.setVariableInstanceId(record.getId());
        detail.setVariableName(record.getName());
        detail.setRevision(0);
        detail.setSequenceCounter(1);
        detail.setTimestamp(record.getCreateTime());
        detail.setProcessDefinitionKey(record.getProcessDefinitionKey());
        detail.setProcessDefinitionId(record.getProcessDefinitionId());
        detail.setRootProcessInstanceId(record.getRootProcessInstanceId());
        detail.setProcessInstanceId(record.getProcessInstanceId());
        detail.setExecutionId(record.getExecutionId());
        detail.setActivityInstanceId(record.getActivityInstanceId());
        detail.setScopeActivityInstanceId(record.getActivityInstanceId());
        detail.setTaskId(record.getTaskId());
        detail.setCaseDefinitionKey(record.getCaseDefinitionKey());
        detail.setCaseDefinitionId(record.getCaseDefinitionId());
        detail.setCaseInstanceId(record.getCaseInstanceId());
        detail.setCaseExecutionId(record.getCaseExecutionId());
        detail.setTenantId(record.getTenantId());
        detail.setRemovalTime(record.getRemovalTime());
        detail.setSerializerName(record.getSerializerName());
        detail.setTextValue(record.getTextValue());
        detail.setTextValue2(record.getTextValue2());
        detail.setLongValue(record.getLongValue());
        detail.setDoubleValue(record.getDoubleValue());
        detail.setInitial(false);
        return detail;
    }
}
