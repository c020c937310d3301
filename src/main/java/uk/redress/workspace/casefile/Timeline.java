package uk.redress.workspace.casefile;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.deadline.Deadline;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.document.ComplaintDocument;
import uk.redress.document.ComplaintDocumentRepository;
import uk.redress.workspace.Wording;
import uk.redress.workspace.note.CaseNotes;

/**
 * A complaint's history, newest first: when it was recorded, each clock that started (a stage, an escalation
 * window...) and each extension, each step staff finished with what they recorded, each letter with its delivery,
 * what was done outside the tasks (escalation, withdrawal, suspension, Ombudsman, behaviour...), staff notes and
 * documents added.
 */
@Component
class Timeline {

    private final CaseHistory history;
    private final TaskEntries tasks;
    private final LetterEntries letters;
    private final CaseEventEntries events;
    private final ExtensionEntries extensions;
    private final CaseNotes notes;
    private final ComplaintDocumentRepository documents;
    private final DeadlineRepository deadlines;
    private final WorkingDayCalendar calendar;
    private final Wording wording;

    Timeline(CaseHistory history, TaskEntries tasks, LetterEntries letters, CaseEventEntries events,
             ExtensionEntries extensions, CaseNotes notes, ComplaintDocumentRepository documents,
             DeadlineRepository deadlines, WorkingDayCalendar calendar, Wording wording) {
        this.history = history;
        this.tasks = tasks;
        this.letters = letters;
        this.events = events;
        this.extensions = extensions;
        this.notes = notes;
        this.documents = documents;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.wording = wording;
    }

    List<TimelineEntry> of(Complaint complaint) {
        String reference = complaint.getReference();
        List<HistoricVariableUpdate> recorded = history.updates(reference);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(TimelineEntry.of(complaint.getCreatedAt(), "Complaint recorded",
                "Received " + wording.date(complaint.getReceivedOn()) + " by "
                        + wording.words(complaint.getChannel()).toLowerCase(Locale.UK)));
        deadlines.findByComplaintReferenceAndStateIn(reference, EnumSet.allOf(DeadlineState.class))
                .forEach(deadline -> entries.add(new TimelineEntry(
                // sorted as the day's last event: a clock starts because of something done that day
                deadline.getOpenedOn().atTime(LocalTime.MAX).atZone(calendar.zone()).toInstant(), true,
                wording.words(deadline.getName()) + " clock started", clockDetail(deadline), null, List.of(), null, null,
                null)));
        List<TimelineEntry> done = tasks.of(reference, recorded);
        entries.addAll(done);
        entries.addAll(extensions.of(reference, recorded, done));
        entries.addAll(events.of(reference, recorded));
        entries.addAll(letters.of(reference));
        notes.of(reference).forEach(note -> entries.add(TimelineEntry.by(note.getWrittenAt(), "Note", note.getBody(),
                note.getWrittenBy())));
        documents.findListedByComplaintReferenceOrderByAddedAtAsc(reference).forEach(document -> entries.add(
                new TimelineEntry(document.getAddedAt(), false, "Document added: " + document.getFileName(),
                        document.getAddedBy() == ComplaintDocument.AddedBy.COMPLAINANT ? "Sent by the complainant" : null,
                        document.getAddedByUser(), List.of(), null,
                        "/complaints/" + reference + "/documents/" + document.getId(), "Download the document")));
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
