package uk.redress.workspace.casefile;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * The steps staff finished on a complaint, from the engine's history: every task of the complaint's processes
 * (its procedure and the stages it called carry its reference) that was completed, by whom and when, with what
 * was recorded in its form. Who: the task's assignee, else whoever completed it as the operation log recorded it.
 */
@Component
class TaskEntries {

    private final HistoryService historyService;
    private final TaskOutcomes outcomes;

    TaskEntries(HistoryService historyService, TaskOutcomes outcomes) {
        this.historyService = historyService;
        this.outcomes = outcomes;
    }

    List<TimelineEntry> of(String reference, List<HistoricVariableUpdate> updates) {
        List<HistoricTaskInstance> done = historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(reference).finished().list().stream()
                .filter(task -> "completed".equals(task.getDeleteReason())).toList();
        Map<String, List<String>> recorded = outcomes.of(done, updates);
        return done.stream().map(task -> new TimelineEntry(task.getEndTime().toInstant(), false, task.getName(), null,
                doneBy(task), recorded.getOrDefault(task.getId(), List.of()), null, null, null)).toList();
    }

    private String doneBy(HistoricTaskInstance task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return historyService.createUserOperationLogQuery().taskId(task.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
