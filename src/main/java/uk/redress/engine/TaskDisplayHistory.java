package uk.redress.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * Keeps out of the engine's history the task-local copies Redress makes only to show a task
 * ({@link TaskDisplayCopies}: Tasklist's row columns, the case summary, the correspondence log). They repeat what the complaint record and the correspondence log hold, contact details
 * included, and writing each to ACT_HI_VARINST and ACT_HI_DETAIL for every task made a fifth of the history rows of
 * an intake. Everything a step records (outcomes, decisions, dates, the officer's text) keeps its full history: only
 * these names, and only when they belong to a task, are left out, every event of them alike (created, updated,
 * deleted), so the history never holds half of one.
 */
final class TaskDisplayHistory {

    private TaskDisplayHistory() {
    }

    /** Whether the event is of one of these copies ({@link HistoryLeftOut} leaves it out). */
    static boolean shownOnly(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
                && TaskDisplayCopies.NAMES.contains(variable.getVariableName());
    }
}
