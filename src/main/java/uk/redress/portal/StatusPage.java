package uk.redress.portal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.WaitingProcesses;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.notification.Audience;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceRepository;
import uk.redress.notification.CorrespondenceStatus;

/** What a resident's status page shows: the running clocks, the letters sent to them, what they may do now. */
@Component
public class StatusPage {

    static final String ESCALATION = "EscalationRequested";
    static final String WITHDRAWAL = "ComplaintWithdrawn";

    private final DeadlineRepository deadlines;
    private final CorrespondenceRepository correspondence;
    private final WaitingProcesses waiting;
    private final WorkingDayCalendar calendar;
    private final org.camunda.bpm.engine.TaskService taskService;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;
    private final uk.redress.ownership.ComplaintProcesses processes;
    private final org.springframework.context.MessageSource messages;

    /** The shared stage's steps that wait for the complainant's information, with the clock stopped. */
    static final String[] AWAIT_INFORMATION = {"Task_AwaitInformation", "Task_AwaitInformationUntilClosure"};

    StatusPage(DeadlineRepository deadlines, CorrespondenceRepository correspondence, WaitingProcesses waiting,
               WorkingDayCalendar calendar, org.camunda.bpm.engine.TaskService taskService,
               org.camunda.bpm.engine.RuntimeService runtimeService, uk.redress.ownership.ComplaintProcesses processes,
               org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.processes = processes;
        this.deadlines = deadlines;
        this.correspondence = correspondence;
        this.waiting = waiting;
        this.calendar = calendar;
    }

    /** A running clock in the resident's words ({@code clock.<name>} in the messages), soonest first. */
    public record Clock(String name, LocalDate dueOn, boolean paused, String message) {
    }

    /** A letter or email sent to the complainant. */
    public record Letter(String id, String subject, LocalDate sentOn, boolean posted, boolean waiting) {
    }

    List<Clock> clocks(String reference) {
        return deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(reference,
                        EnumSet.of(DeadlineState.OPEN, DeadlineState.PAUSED)).stream()
                .map(deadline -> new Clock(deadline.getName(), deadline.getDueOn(),
                        deadline.getState() == DeadlineState.PAUSED, wording(deadline.getName())))
                .toList();
    }

    /** The message that words a clock for residents ({@code clock.<name>}), else the words for any date. */
    private String wording(String name) {
        String key = "clock." + (name.startsWith("remedy-") ? "remedy" : name);
        return messages.getMessage(key, null, null, java.util.Locale.UK) != null ? key : "clock.other";
    }

    List<Letter> letters(String reference) {
        return correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(reference).stream()
                .filter(row -> row.getAudience() == Audience.COMPLAINANT)
                .filter(row -> row.getStatus() != CorrespondenceStatus.NOT_SENT)
                .map(row -> new Letter(row.getId(), row.getSubject(), calendar.dayOf(java.util.Date.from(row.getQueuedAt())),
                        row.getDocument() != null, row.getStatus() != CorrespondenceStatus.SENT))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
                    java.util.Collections.reverse(list);
                    return list;
                }));
    }

    Optional<Correspondence> letter(String reference, String id) {
        return correspondence.findById(id).filter(row -> row.getComplaintReference().equals(reference))
                .filter(row -> row.getAudience() == Audience.COMPLAINANT);
    }

    /** A step waiting for information the council asked the complainant for, with what it asked. */
    public record InformationWanted(String taskId, String asked) {
    }

    /** The council's open request for information, if the complaint's clock is stopped waiting for it. */
    Optional<InformationWanted> informationWanted(Complaint complaint) {
        return taskService.createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKeyIn(AWAIT_INFORMATION).active().list().stream()
                .filter(task -> owned(complaint, task.getProcessInstanceId()))
                .findFirst()
                .map(task -> new InformationWanted(task.getId(),
                        String.valueOf(Optional.ofNullable(taskService.getVariable(task.getId(), "informationRequested"))
                                .orElse(""))));
    }

    private boolean owned(Complaint complaint, String processInstanceId) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance != null && processes.belongs(complaint.getReference(), instance.getRootProcessInstanceId());
    }

    boolean mayEscalate(Complaint complaint) {
        return waiting.waitingFor(complaint.getReference(), ESCALATION).isPresent();
    }

    boolean mayWithdraw(Complaint complaint) {
        return waiting.waitingFor(complaint.getReference(), WITHDRAWAL).isPresent();
    }
}
