package uk.redress.workspace.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.stereotype.Component;
import uk.redress.calendar.CalendarDates;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.deadline.Deadlines;
import uk.redress.workspace.Wording;

/**
 * Each time a clock was extended: its date as published by the step of the diagram that extends it (a service task
 * calling {@code deadlines.extendTo}), the new date against the old, and who finished the task that asked for it.
 * A clock moved on after a pause is not an extension and is not listed here (the clock's own entry says so).
 */
@Component
class ExtensionEntries {

    /** A task finished this long before an extension is taken as the one that asked for it. */
    private static final long ASKED_WITHIN_MS = 60_000;

    private final DeadlineRepository deadlines;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final WorkingDayCalendar calendar;
    private final Wording wording;

    ExtensionEntries(DeadlineRepository deadlines, HistoryService historyService, RepositoryService repositoryService,
                     WorkingDayCalendar calendar, Wording wording) {
        this.deadlines = deadlines;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.calendar = calendar;
        this.wording = wording;
    }

    List<TimelineEntry> of(String reference, List<HistoricVariableUpdate> updates, List<TimelineEntry> tasksDone) {
        Map<String, String> clocks = new HashMap<>();
        deadlines.findByComplaintReferenceAndStateIn(reference, EnumSet.allOf(DeadlineState.class))
                .forEach(deadline -> clocks.put(Deadlines.variableName(deadline.getName()), deadline.getName()));
        Map<String, Object> previous = new HashMap<>();
        Map<String, Object> latest = new HashMap<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricVariableUpdate update : updates) {
            String clock = clocks.get(update.getVariableName());
            if (clock == null || update.getValue() == null) {
                continue;
            }
            Object before = previous.put(update.getProcessInstanceId() + "/" + update.getVariableName(), update.getValue());
            if (before == null) {
                // a stage's copy of the date is not in its history (it is the procedure's, as the stage started):
                // the date it had before the stage first changed it is the procedure's latest
                before = latest.get(update.getVariableName());
            }
            latest.put(update.getVariableName(), update.getValue());
            if (before != null && !before.equals(update.getValue()) && extends_(update)) {
                LocalDate from = CalendarDates.toLocalDate(before, calendar.zone());
                LocalDate to = CalendarDates.toLocalDate(update.getValue(), calendar.zone());
                int days = calendar.workingDaysBetween(from, to);
                entries.add(TimelineEntry.by(update.getTime().toInstant(), wording.words(clock) + " clock extended",
                        "Now due " + wording.date(to) + " instead of " + wording.date(from) + ": " + days
                                + (days == 1 ? " working day" : " working days") + " more",
                        askedBy(update, tasksDone)));
            }
        }
        return entries;
    }

    /** Whether the value was set by a step of the diagram that extends a clock. */
    private boolean extends_(HistoricVariableUpdate update) {
        if (update.getActivityInstanceId() == null) {
            return false;
        }
        HistoricActivityInstance step = historyService.createHistoricActivityInstanceQuery()
                .activityInstanceId(update.getActivityInstanceId()).singleResult();
        if (step == null) {
            return false;
        }
        return repositoryService.getBpmnModelInstance(step.getProcessDefinitionId())
                .getModelElementById(step.getActivityId()) instanceof ServiceTask task
                && task.getCamundaExpression() != null && task.getCamundaExpression().contains("extendTo(");
    }

    private static String askedBy(HistoricVariableUpdate update, List<TimelineEntry> tasksDone) {
        long at = update.getTime().getTime();
        return tasksDone.stream().filter(task -> task.by() != null)
                .filter(task -> task.at().toEpochMilli() <= at + 1_000 && at - task.at().toEpochMilli() <= ASKED_WITHIN_MS)
                .max(Comparator.comparing(TimelineEntry::at)).map(TimelineEntry::by).orElse(null);
    }
}
