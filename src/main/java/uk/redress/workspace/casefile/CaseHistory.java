package uk.redress.workspace.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;
import uk.redress.engine.ValueSettings;
import uk.redress.ownership.ComplaintProcesses;

/**
 * The values a complaint's processes recorded, in the order they were set (each value's first setting and its
 * changes: {@link ValueSettings}), read once per case page. Only processes
 * Redress started for the complaint count: another process given its reference as a business key tells its
 * timeline nothing.
 */
@Component
class CaseHistory {

    /** Values recorded together (in one step of a process) are set within this many milliseconds of each other. */
    private static final long TOGETHER_MS = 2_000;

    private final HistoryService historyService;
    private final ComplaintProcesses processes;

    CaseHistory(HistoryService historyService, ComplaintProcesses processes) {
        this.historyService = historyService;
        this.processes = processes;
    }

    List<HistoricVariableUpdate> updates(String reference) {
        String[] ids = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                .stream().filter(process -> processes.belongs(reference, process.getRootProcessInstanceId()))
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (ids.length == 0) {
            return List.of();
        }
        return ValueSettings.of(historyService, ids);
    }

    /** The values set in the same process as this one, at the same moment: what was recorded with it. */
    Map<String, Object> valuesAt(List<HistoricVariableUpdate> updates, HistoricVariableUpdate at) {
        Map<String, Object> values = new LinkedHashMap<>();
        long time = at.getTime().getTime();
        for (HistoricVariableUpdate update : updates) {
            if (update.getProcessInstanceId().equals(at.getProcessInstanceId())
                    && Math.abs(update.getTime().getTime() - time) <= TOGETHER_MS) {
                values.put(update.getVariableName(), update.getValue());
            }
        }
        return values;
    }
}
