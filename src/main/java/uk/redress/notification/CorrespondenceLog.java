package uk.redress.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;


import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.ownership.ComplaintProcesses;

/**
 * The correspondence log of a complaint: its rows for the API, and a plain-text copy in the task-local variable
 * {@code correspondenceLog} of every task as it is created ({@link CorrespondenceLogOnTasks}) and again whenever its
 * form is opened ({@link CurrentCorrespondenceOnForms}), which every task form shows read-only.
 */
@Component
public class CorrespondenceLog {

    public static final String VARIABLE = "correspondenceLog";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final CorrespondenceRepository repository;
    private final ZoneId zone;
    private final ComplaintProcesses processes;

    CorrespondenceLog(CorrespondenceRepository repository, WorkingDayCalendar calendar, ComplaintProcesses processes) {
        this.processes = processes;
        this.repository = repository;
        this.zone = calendar.zone();
    }

    public List<Correspondence> of(String reference) {
        return repository.findByComplaintReferenceOrderByQueuedAtAscIdAsc(reference);
    }

    /**
     * Puts the log, as it stands, on a task being created (a task-local variable the task forms show). Written in
     * the transaction that creates the task, onto a variable nobody else writes: the delivery jobs never touch the
     * complaint's processes, so staff completing tasks and letters leaving can never conflict.
     */
    public void writeTo(DelegateTask task) {
        if (task.getExecution() != null && task.getExecution().getProcessBusinessKey() != null) {
            // the log of the complaint this task's process belongs to, never of a reference it merely carries
            task.setVariableLocal(VARIABLE, asText(of(processes.referenceOf(task))));
        }
    }

    String asText(List<Correspondence> rows) {
        if (rows.isEmpty()) {
            return "Nothing sent yet.";
        }
        StringBuilder text = new StringBuilder();
        for (Correspondence row : rows) {
            text.append(WHEN.format(row.getQueuedAt().atZone(zone))).append("  ").append(row.getLetter())
                    .append(row.getAudience() == Audience.STAFF ? " (staff)"
                            : row.getAudience() == Audience.REPRESENTATIVE ? " (copy to the representative)" : "")
                    .append(" - ").append(describe(row)).append('\n');
        }
        return text.toString().strip();
    }

    private String describe(Correspondence row) {
        String how = switch (row.getRoute()) {
            case EMAIL, NOTIFY_EMAIL -> "email to " + row.getRecipient();
            case POST -> "letter by post";
            case NONE -> "not sent";
        };
        return how + ": " + switch (row.getStatus()) {
            case QUEUED, SENDING -> "waiting to be sent";
            case SENT -> (row.getRoute() != Route.POST ? "sent" : row.getPrintedAt() == null ? "ready to print"
                    : "printed and posted " + WHEN.format(row.getPrintedAt().atZone(zone)))
                    + (row.getDeemedReceivedOn() == null ? "" : ", deemed received "
                    + LetterModel.inWords(row.getDeemedReceivedOn()));
            case FAILED -> (row.isGivenUp() ? "could not be sent, waiting to be sent again ("
                    : "failed, will retry (") + row.getLastError() + ")";
            case NOT_SENT -> "no contact details";
            case HELD -> "held (" + row.getLastError() + ")";
        };
    }
}
