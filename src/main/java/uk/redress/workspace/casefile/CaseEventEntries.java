package uk.redress.workspace.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.restriction.Restriction;
import uk.redress.restriction.RestrictionRepository;
import uk.redress.workspace.Wording;

/**
 * What was done to a complaint outside its tasks, as its history recorded it: a next stage requested, a withdrawal,
 * a suspension and resumption, a re-opening, an Ombudsman enquiry, a concern about behaviour and its appeal (each
 * the moment Redress set the value it records the event with), and the restrictions decided.
 */
@Component
class CaseEventEntries {

    /** An event: its title, and its wording from the values recorded with it. */
    private record Event(String title, BiFunction<Map<String, Object>, CaseEventEntries, String> detail,
                         String byVariable) {
    }

    private static final Map<String, Event> EVENTS = Map.of(
            "escalationRequestedOn", new Event("Next stage requested", (v, w) -> "Asked for on "
                    + w.date(v.get("escalationRequestedOn")) + w.line("Why: ", v.get("escalationReasons")), null),
            "withdrawnOn", new Event("Complaint withdrawn", (v, w) -> "Withdrawn on " + w.date(v.get("withdrawnOn"))
                    + w.line("How: ", w.wording.words(v.get("withdrawnBy"))) + w.line("Note: ", v.get("withdrawalNote")),
                    null),
            "reopeningReason", new Event("Complaint re-opened", (v, w) -> "Why: " + v.get("reopeningReason"),
                    "reopenedBy"),
            "suspendedBecause", new Event("Complaint suspended", (v, w) -> "Because of "
                    + w.wording.words(v.get("suspendedBecause")).toLowerCase(java.util.Locale.UK)
                    + "; every clock stopped", "suspendedBy"),
            "resumedOn", new Event("Complaint resumed", (v, w) -> "Going on again from " + w.date(v.get("resumedOn"))
                    + "; the clocks moved on by the working days it was suspended", null),
            "ombudsmanReference", new Event("Ombudsman enquiry received", (v, w) -> "Ombudsman reference "
                    + v.get("ombudsmanReference") + "; received " + w.date(v.get("ombudsmanEnquiryReceivedOn"))
                    + "; reply due " + w.date(v.get("replyDueOn")), null),
            "behaviourConcern", new Event("Concern raised about behaviour",
                    (v, w) -> String.valueOf(v.get("behaviourConcern")), null),
            "appealGrounds", new Event("Restrictions appealed", (v, w) -> String.valueOf(v.get("appealGrounds")),
                    null));

    private final CaseHistory history;
    private final RestrictionRepository restrictions;
    private final Wording wording;
    private final WorkingDayCalendar calendar;

    CaseEventEntries(CaseHistory history, RestrictionRepository restrictions, Wording wording,
                     WorkingDayCalendar calendar) {
        this.history = history;
        this.restrictions = restrictions;
        this.wording = wording;
        this.calendar = calendar;
    }

    List<TimelineEntry> of(String reference, List<HistoricVariableUpdate> updates) {
        List<TimelineEntry> entries = new ArrayList<>();
        Map<String, Object> lastSeen = new HashMap<>();
        for (HistoricVariableUpdate update : updates) {
            Event event = EVENTS.get(update.getVariableName());
            // a value copied into a called stage, or into a restarted process, is the same event again
            if (event == null || update.getValue() == null
                    || update.getValue().equals(lastSeen.put(update.getVariableName(), update.getValue()))) {
                continue;
            }
            Map<String, Object> values = history.valuesAt(updates, update);
            Object by = event.byVariable() == null ? null : values.get(event.byVariable());
            entries.add(TimelineEntry.by(update.getTime().toInstant(), event.title(),
                    event.detail().apply(values, this), by == null ? null : by.toString()));
        }
        for (Restriction restriction : restrictions.findByComplaintReference(reference)) {
            entries.add(dayEntry(restriction.getDecidedOn(), "Restrictions decided", restriction.getRestrictions()
                    + "\nReview on " + wording.date(restriction.getReviewOn()) + "; they end on "
                    + wording.date(restriction.getExpiresOn())));
            if (restriction.getLiftedOn() != null) {
                entries.add(dayEntry(restriction.getLiftedOn(), "Restrictions lifted", null));
            }
        }
        return entries;
    }

    private TimelineEntry dayEntry(LocalDate day, String title, String detail) {
        Instant at = day.atTime(java.time.LocalTime.NOON).atZone(calendar.zone()).toInstant();
        return new TimelineEntry(at, true, title, detail, null, List.of(), null, null, null);
    }

    private String date(Object value) {
        return wording.anyDate(value);
    }

    private String line(String label, Object value) {
        return value == null || value.toString().isBlank() ? "" : "\n" + label + value.toString().strip();
    }
}
