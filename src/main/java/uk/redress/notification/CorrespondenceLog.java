package uk.redress.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import uk.redress.security.WithoutAuthorization;

import uk.redress.calendar.WorkingDayCalendar;

/**
 * The correspondence log of a complaint: its rows for the API, and a plain-text copy in the process variable
 * {@code correspondenceLog} of the complaint's running processes, which every task form shows (read-only) so staff
 * see in Tasklist what has been sent.
 */
@Component
public class CorrespondenceLog {

    public static final String VARIABLE = "correspondenceLog";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final CorrespondenceRepository repository;
    private final RuntimeService runtimeService;
    private final WithoutAuthorization withoutAuthorization;
    private final ZoneId zone;

    CorrespondenceLog(CorrespondenceRepository repository, RuntimeService runtimeService,
                      WithoutAuthorization withoutAuthorization, WorkingDayCalendar calendar) {
        this.repository = repository;
        this.runtimeService = runtimeService;
        this.withoutAuthorization = withoutAuthorization;
        this.zone = calendar.zone();
    }

    public List<Correspondence> of(String reference) {
        return repository.findByComplaintReferenceOrderByQueuedAtAscIdAsc(reference);
    }

    /**
     * Rewrites the Tasklist copy on all the complaint's running processes: from the delivery job, which runs in a
     * transaction of its own and so sees each process at rest.
     */
    void refresh(String reference) {
        String text = asText(of(reference));
        withoutAuthorization.run(() -> {
            List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(reference).active().list();
            instances.forEach(instance -> runtimeService.setVariable(instance.getId(), VARIABLE, text));
            return null;
        });
    }

    /**
     * Rewrites the Tasklist copy on the process that asked for a letter, from inside its own step. Its other
     * processes (a calling procedure, say) may be mid-step in the same transaction, so they get theirs when the
     * letter's delivery job runs.
     */
    void refresh(String reference, DelegateExecution current) {
        current.getProcessInstance().setVariable(VARIABLE, asText(of(reference)));
    }

    String asText(List<Correspondence> rows) {
        if (rows.isEmpty()) {
            return "Nothing sent yet.";
        }
        StringBuilder text = new StringBuilder();
        for (Correspondence row : rows) {
            text.append(WHEN.format(row.getQueuedAt().atZone(zone))).append("  ").append(row.getLetter())
                    .append(row.getAudience() == Audience.STAFF ? " (staff)" : "")
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
            case SENT -> (row.getRoute() == Route.POST ? "ready to print" : "sent")
                    + (row.getDeemedReceivedOn() == null ? "" : ", deemed received "
                    + LetterModel.inWords(row.getDeemedReceivedOn()));
            case FAILED -> "failed, will retry (" + row.getLastError() + ")";
            case NOT_SENT -> "no contact details";
            case HELD -> "held (" + row.getLastError() + ")";
        };
    }
}
