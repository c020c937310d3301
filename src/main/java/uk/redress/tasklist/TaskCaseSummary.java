package uk.redress.tasklist;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.ContactArrangements;
import uk.redress.complaint.ContactArrangementsRepository;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.workspace.Wording;

/**
 * Gives every task, as it is created, what Tasklist shows of its complaint (task-local variables, so only those who
 * may read the task read them): {@code complainantName} ("Anonymous" when so) and {@code stageLabel} for the task
 * list's columns, and {@code caseSummary}, the plain-text summary every task form shows: contact details and
 * representative, channel, dates, and the outcomes recorded at earlier steps. Mechanism, not policy: no diagram has
 * to ask for it (the same event as the correspondence log).
 */
@Component
class TaskCaseSummary {

    static final String NAME = "complainantName";
    static final String STAGE = "stageLabel";
    static final String SUMMARY = "caseSummary";
    /** The variables the forms record a step's result in: informalOutcome, stage1Result, screeningDecision... */
    private static final Pattern OUTCOME = Pattern.compile("[a-z][A-Za-z0-9]*(Outcome|Result|Decision)");

    private final ComplaintRepository complaints;
    private final ContactArrangementsRepository arrangements;
    private final ComplaintProcesses processes;
    private final Wording wording;

    TaskCaseSummary(ComplaintRepository complaints, ContactArrangementsRepository arrangements,
                    ComplaintProcesses processes, Wording wording) {
        this.complaints = complaints;
        this.arrangements = arrangements;
        this.processes = processes;
        this.wording = wording;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void writeSummary(DelegateTask task) {
        if (task.getExecution() == null || task.getExecution().getProcessBusinessKey() == null) {
            return;
        }
        complaints.findByReference(processes.referenceOf(task)).ifPresent(complaint -> {
            task.setVariableLocal(NAME, nameOf(complaint));
            task.setVariableLocal(STAGE, wording.words(complaint.getStage()));
            task.setVariableLocal(SUMMARY, summary(complaint, task.getVariables()));
        });
    }

    private static String nameOf(Complaint complaint) {
        String name = complaint.getComplainant().getName();
        return complaint.getComplainant().isAnonymous() || name == null || name.isBlank() ? "Anonymous" : name;
    }

    private String summary(Complaint complaint, Map<String, Object> variables) {
        var who = complaint.getComplainant();
        Lines text = new Lines();
        text.add("Complainant", nameOf(complaint));
        text.add("Phone", who.getPhone());
        text.add("Email", who.getEmail());
        text.add("Address", who.getAddress());
        arrangements.findById(complaint.getReference()).ifPresent(contact -> representative(text, contact));
        text.add("Received", wording.date(complaint.getReceivedOn()) + " (" + wording.words(complaint.getChannel())
                .toLowerCase(java.util.Locale.UK) + ")");
        text.add("When it happened", complaint.getEventDate() == null ? null : wording.date(complaint.getEventDate()));
        text.add("Service", complaint.getServiceArea());
        text.add("Stage", wording.words(complaint.getStage()));
        Map<String, Object> outcomes = new TreeMap<>();
        variables.forEach((name, value) -> {
            if (OUTCOME.matcher(name).matches() && value instanceof String word && !word.isBlank()) {
                outcomes.put(name, value);
            }
        });
        outcomes.forEach((name, value) -> text.add(plain(name), plain(value.toString())));
        return text.toString();
    }

    /** "notResolved" as "Not resolved", "stage1Result" as "Stage 1 result". */
    private String plain(String name) {
        return wording.words(name.replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
    }

    private void representative(Lines text, ContactArrangements contact) {
        if (contact.hasRepresentative()) {
            text.add("Representative", contact.getRepresentativeName()
                    + (contact.getRepresentativeRole() == null ? "" : " (" + wording.words(contact.getRepresentativeRole()) + ")"));
            text.add("Representative's phone", contact.getRepresentativePhone());
            text.add("Representative's email", contact.getRepresentativeEmail());
        }
        text.add("Preferred contact", contact.getPreferredContact() == null ? null
                : wording.words(contact.getPreferredContact()));
        text.add("Letters in", contact.getLetterFormat() == null ? null : wording.words(contact.getLetterFormat()));
        text.add("Other adjustments", contact.getOtherAdjustments());
    }

    /** "Label: value" lines, leaving out what is not known. */
    private static final class Lines {
        private static final int MAX_CHARACTERS = 3_900;
        private final StringBuilder text = new StringBuilder();

        void add(String label, String value) {
            if (value != null && !value.isBlank()) {
                text.append(label).append(": ").append(value.strip()).append('\n');
            }
        }

        /** Within the 4,000 characters the engine keeps of a text variable on every database. */
        @Override
        public String toString() {
            String all = text.toString().strip();
            return all.length() <= MAX_CHARACTERS ? all : all.substring(0, MAX_CHARACTERS - 1) + "…";
        }
    }
}
