package uk.redress.workspace.casefile;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.deadline.Deadline;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.workspace.Wording;

/**
 * A complaint's history, newest first: when it was recorded, each clock that started (a stage, an escalation
 * window...) and whether it stopped, each step staff finished and each letter with its delivery.
 */
@Component
class Timeline {

    private final TaskEntries tasks;
    private final LetterEntries letters;
    private final DeadlineRepository deadlines;
    private final WorkingDayCalendar calendar;
    private final Wording wording;

    Timeline(TaskEntries tasks, LetterEntries letters, DeadlineRepository deadlines, WorkingDayCalendar calendar,
             Wording wording) {
        this.tasks = tasks;
        this.letters = letters;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.wording = wording;
    }

    List<TimelineEntry> of(Complaint complaint) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(TimelineEntry.of(complaint.getCreatedAt(), "Complaint recorded",
                "Received " + wording.date(complaint.getReceivedOn()) + " by "
                        + wording.words(complaint.getChannel()).toLowerCase(java.util.Locale.UK)));
        deadlines.findByComplaintReferenceAndStateIn(complaint.getReference(),
                java.util.EnumSet.allOf(DeadlineState.class)).forEach(deadline -> entries.add(new TimelineEntry(
                // sorted as the day's last event: a clock starts because of something done that day
                deadline.getOpenedOn().atTime(LocalTime.MAX).atZone(calendar.zone()).toInstant(), true,
                wording.words(deadline.getName()) + " clock started", clockDetail(deadline), null, null, null)));
        entries.addAll(tasks.of(complaint.getReference()));
        entries.addAll(letters.of(complaint.getReference()));
        if (complaint.getClosedAt() != null) {
            entries.add(TimelineEntry.of(complaint.getClosedAt(), "Complaint closed",
                    wording.words(complaint.getOutcome())));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private String clockDetail(Deadline deadline) {
        StringBuilder detail = new StringBuilder("Due ").append(wording.date(deadline.getDueOn()));
        if (deadline.getState() == DeadlineState.PAUSED) {
            detail.append("; stopped since ").append(wording.date(deadline.getPausedOn()));
        }
        if (deadline.getPausedWorkingDays() > 0) {
            detail.append("; moved on by ").append(deadline.getPausedWorkingDays())
                    .append(deadline.getPausedWorkingDays() == 1 ? " working day" : " working days")
                    .append(" while it was stopped");
        }
        return detail.append(deadline.isBreached() ? "; it ran out" : "").toString();
    }
}
