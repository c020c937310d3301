package uk.redress.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps out of the engine's history the task-local copies Redress makes only to show a task
 * ({@link TaskDisplayCopies}: Tasklist's row columns, the case summary, the correspondence log). They repeat what the complaint record and the correspondence log hold, contact details
 * included, and writing each to ACT_HI_VARINST and ACT_HI_DETAIL for every task made a fifth of the history rows of
 * an intake. Everything a step records (outcomes, decisions, dates, the officer's text) keeps its full history: only
 * these names, and only when they belong to a task, are left out, every event of them alike (created, updated,
 * deleted), so the history never holds half of one.
 */
final class TaskDisplayHistory implements HistoryEventHandler {

    private final HistoryEventHandler history;

    TaskDisplayHistory(HistoryEventHandler history) {
        this.history = history;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!shownOnly(event)) {
            history.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        history.handleEvents(events.stream().filter(event -> !shownOnly(event)).toList());
    }

    private static boolean shownOnly(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
                && TaskDisplayCopies.NAMES.contains(variable.getVariableName());
    }
}
