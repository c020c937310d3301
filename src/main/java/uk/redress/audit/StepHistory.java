package uk.redress.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** The steps of each of the complaint's processes: what, started and finished when, by whom, how it ended. */
@Component
class StepHistory implements HistoryPart {

    record Step(String process, String name, String kind, String started, String ended, String who, String due,
                String outcome) {
    }

    private final AuditWording wording;

    StepHistory(AuditWording wording) {
        this.wording = wording;
    }

    @Override
    public String name() {
        return "steps";
    }

    @Override
    public HistoryPage page(ComplaintTree tree, HistoryService history, int page) {
        List<HistoricActivityInstance> activities = new ArrayList<>();
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        for (String id : tree.ids()) {
            history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
                    .filter(activity -> !technical(activity.getActivityType())).forEach(activities::add);
            history.createHistoricTaskInstanceQuery().processInstanceId(id).list()
                    .forEach(task -> tasks.put(task.getId(), task));
        }
        activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime)
                .thenComparing(HistoricActivityInstance::getEndTime, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, String> names = tree.names();
        List<Step> steps = activities.stream().map(activity -> step(activity, tasks.get(activity.getTaskId()),
                names.getOrDefault(activity.getProcessInstanceId(), ""))).toList();
        return HistoryPage.of(name(), steps, page);
    }

    private Step step(HistoricActivityInstance activity, HistoricTaskInstance task, String process) {
        String name = activity.getActivityName() != null ? activity.getActivityName()
                : wording.kind(activity.getActivityType());
        Date due = task == null ? null : task.getDueDate();
        return new Step(process, name, wording.kind(activity.getActivityType()), wording.moment(activity.getStartTime()),
                wording.moment(activity.getEndTime()), activity.getAssignee() == null ? "" : activity.getAssignee(),
                wording.day(due), outcome(activity, task));
    }

    private static String outcome(HistoricActivityInstance activity, HistoricTaskInstance task) {
        if (activity.getEndTime() == null) {
            return "Not finished";
        }
        if (activity.isCanceled() || (task != null && "deleted".equals(task.getDeleteReason()))) {
            return "Stopped before it was done";
        }
        return "Done";
    }

    /** Gateways and multi-instance bodies are how the diagram routes, not something that happened to the complaint. */
    private static boolean technical(String type) {
        return type == null || type.endsWith("Gateway") || type.equals("multiInstanceBody");
    }
}
