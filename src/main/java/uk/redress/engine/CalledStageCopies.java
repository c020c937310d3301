package uk.redress.engine;

import java.util.Objects;

import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.CallableElementParameter;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Keeps out of the engine's history the complaint's values a procedure copies into a stage it calls
 * ({@code <camunda:in variables="all"/>}: the reference, the dates, the summary and every other value, so that the
 * stage's forms, letters and tables can read them). Each copy is the calling process's value of the same name at the
 * moment the stage starts, which the calling process's history already holds with its time, so recording it again
 * in the stage's history (a value row and a detail row each, 17 or more a stage) told an auditor nothing and
 * repeated the complainant's words once per stage for six years.
 *
 * <p>Only that is left out: a value the stage is given as it starts, by a call that hands it all of the caller's
 * values and gives that name no value of its own, that is not a task's, is held in the row itself (not a file or an
 * object) and equals the calling execution's value of that name. Values the call sets from an expression (the
 * clock, the task's name, the team), everything the stage sets or changes later, and what it hands back to its
 * caller keep their full history; a copy the stage later changes is recorded from that change, and its value before
 * it is the caller's. The running stage keeps every copy, so nothing it reads changes.
 */
final class CalledStageCopies {

    private CalledStageCopies() {
    }

    /** Whether the event records such a copy ({@link HistoryLeftOut} leaves it out). */
    static boolean copied(HistoryEvent event) {
        if (!(event instanceof HistoricVariableUpdateEventEntity value)
                || !value.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                || value.getTaskId() != null || value.getByteValue() != null || value.getByteArrayId() != null
                || value.getProcessInstanceId() == null
                // given to the called process itself, as it starts (before it has entered any activity)
                || !value.getProcessInstanceId().equals(value.getExecutionId())
                || value.getActivityInstanceId() != null
                        && !value.getProcessInstanceId().equals(value.getActivityInstanceId())) {
            return false;
        }
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return false;
        }
        // the stage starts in this command, so its process and the calling execution are already in hand: no query
        ExecutionEntity stage = command.getDbEntityManager().getCachedEntity(ExecutionEntity.class,
                value.getProcessInstanceId());
        // created in this command: the called process is starting, not one waiting that is given a value later
        if (stage == null || stage.getSuperExecutionId() == null
                || !command.getDbEntityManager().getDbEntityCache().isTransient(stage)) {
            return false;
        }
        ExecutionEntity caller = command.getDbEntityManager().getCachedEntity(ExecutionEntity.class,
                stage.getSuperExecutionId());
        if (caller == null || !copiesAll(caller, value.getVariableName())) {
            return false;
        }
        CoreVariableInstance original = caller.getVariableInstance(value.getVariableName());
        return original instanceof VariableInstanceEntity same && !same.isTransient()
                && same.getByteArrayValueId() == null
                && Objects.equals(same.getSerializerName(), value.getSerializerName())
                && Objects.equals(same.getTextValue(), value.getTextValue())
                && Objects.equals(same.getTextValue2(), value.getTextValue2())
                && Objects.equals(same.getLongValue(), value.getLongValue())
                && Objects.equals(same.getDoubleValue(), value.getDoubleValue());
    }

    /**
     * Whether the call hands the stage all of the caller's values ({@code <camunda:in variables="all"/>}) and does
     * not give this name a value of its own (a {@code source} or {@code sourceExpression} with this target).
     */
    private static boolean copiesAll(ExecutionEntity caller, String name) {
        if (caller.getActivity() == null
                || !(caller.getActivity().getActivityBehavior() instanceof CallableElementActivityBehavior call)) {
            return false;
        }
        boolean all = false;
        for (CallableElementParameter input : call.getCallableElement().getInputs()) {
            if (input.isAllVariables()) {
                all |= !input.isReadLocal();
            } else if (name.equals(input.getTarget())) {
                return false;
            }
        }
        return all;
    }
}
