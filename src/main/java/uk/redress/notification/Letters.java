package uk.redress.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.complaint.ContactArrangements;
import uk.redress.complaint.ContactArrangementsRepository;
import uk.redress.security.WithoutAuthorization;

/**
 * Letters and staff emails asked for by the diagrams, e.g. an execution listener
 * {@code ${letters.send(execution, 'acknowledgement')}} or a task listener
 * {@code ${letters.notifyTaskTeam(task, 'chase')}}: the letter's name is the template's name, so a process owner
 * reads on the diagram which letter a step sends.
 * <p>
 * Asking only queues: the letter is written (so a template with a missing value stops the step, not the post) and
 * stored with the step's own transaction, and leaves once that transaction commits ({@link LetterOutbox}). If the
 * step rolls back, the letter was never queued; it is sent once ({@link LetterDelivery}).
 */
@Component("letters")
public class Letters {

    /**
     * The process earlier versions started to deliver each message (its instances carry the complaint as variable
     * complaintReference); letters now leave through {@link LetterOutbox}, and only old history has these.
     */
    public static final String DELIVERY_PROCESS = "send-letter";
    private static final Logger log = LoggerFactory.getLogger(Letters.class);

    private final ComplaintRepository complaints;
    private final ContactArrangementsRepository arrangements;
    private final CorrespondenceRepository correspondence;
    private final Councils councils;
    private final LetterTemplates templates;
    private final LetterModel models;
    private final Recipients recipients;
    private final EmailDelivery email;
    private final TaskService taskService;
    private final WithoutAuthorization withoutAuthorization;
    private final WorkingDayCalendar calendar;
    private final NotificationProperties properties;
    private final ComplaintProcesses processes;
    private final LetterOutbox outbox;

    Letters(ComplaintRepository complaints, ContactArrangementsRepository arrangements,
            CorrespondenceRepository correspondence, Councils councils,
            LetterTemplates templates, LetterModel models, Recipients recipients,
            EmailDelivery email,
            TaskService taskService, WithoutAuthorization withoutAuthorization, WorkingDayCalendar calendar,
            ComplaintProcesses processes, LetterOutbox outbox,
            NotificationProperties properties) {
        this.outbox = outbox;
        this.complaints = complaints;
        this.processes = processes;
        this.arrangements = arrangements;
        this.correspondence = correspondence;
        this.councils = councils;
        this.templates = templates;
        this.models = models;
        this.recipients = recipients;
        this.email = email;
        this.taskService = taskService;
        this.withoutAuthorization = withoutAuthorization;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Writes a letter to the complainant and queues it on their channel. */
    public void send(DelegateExecution execution, String letter) {
        Complaint complaint = complaintOf(execution);
        String council = councils.of(complaint.getProcedure());
        Map<String, Object> model = models.build(complaint,
                templates.councilDetails(council, complaint.getProcedure()), execution.getVariables());
        RenderedLetter content = templates.render(council, complaint.getProcedure(), letter, model);
        queue(complaint, letter, Audience.COMPLAINANT, recipients.complainant(complaint.getComplainant()), content);
        // someone acting for the complainant (a Councillor or MP) is kept informed with a copy of every letter
        arrangements.findById(complaint.getReference()).filter(ContactArrangements::hasRepresentative)
                .ifPresent(representative -> queue(complaint, letter,
                Audience.REPRESENTATIVE, recipients.representative(representative), new RenderedLetter(
                        "Copy: " + content.subject(), "This is a copy of our letter to the person you are acting for."
                        + "\n\n" + content.body())));
    }

    /**
     * Sends a response letter: the officer's text ({@code responseText}, from the task form) in the council's
     * letter. An empty text stops the step: nothing leaves with a blank where the response should be.
     */
    public void respond(DelegateExecution execution, String letter) {
        Object text = execution.getVariable(LetterDrafts.TEXT);
        LetterDrafts.requireText(text == null ? null : text.toString());
        send(execution, letter);
    }

    /**
     * Emails the people working this process's open tasks (their assignees and candidate groups' members): the
     * overdue warnings on the deadline timers.
     */
    public void notifyTeam(DelegateExecution execution, String letter) {
        List<Task> open = withoutAuthorization.run(() -> taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).active().list());
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        Map<String, Object> task = new LinkedHashMap<>();
        for (Task each : open) {
            if (each.getAssignee() != null) {
                users.add(each.getAssignee());
            }
            groups.addAll(candidateGroups(each.getId()));
            if (task.isEmpty()) {
                task = describe(each.getName(), each.getDueDate());
            }
        }
        notifyStaff(execution, letter, users, groups, task, execution.getVariables());
    }

    /** Emails the members of a task's candidate groups (and its assignee): the children's chase ladder. */
    public void notifyTaskTeam(DelegateTask task, String letter) {
        Set<String> users = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        Set<String> groups = new LinkedHashSet<>();
        task.getCandidates().stream().filter(link -> link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        notifyStaff(task.getExecution(), letter, users, groups, describe(task.getName(), task.getDueDate()),
                task.getVariables());
    }

    private void notifyStaff(DelegateExecution execution, String letter, Set<String> users, Set<String> groups,
                             Map<String, Object> task, Map<String, Object> variables) {
        Complaint complaint = complaintOf(execution);
        String reference = complaint.getReference();
        String council = councils.of(complaint.getProcedure());
        Map<String, Object> model = models.build(complaint,
                templates.councilDetails(council, complaint.getProcedure()), variables);
        model.put("task", task);
        model.put("tasklistUrl", properties.tasklistUrl());
        RenderedLetter content = templates.render(council, complaint.getProcedure(), letter, model);
        List<Recipients.Recipient> staff = recipients.staff(users, groups);
        if (staff.isEmpty()) {
            log.warn("{} for {}: nobody in {} has an email address", letter, reference, groups);
        }
        staff.forEach(recipient -> queue(complaint, letter, Audience.STAFF, recipient, content));
    }

    private void queue(Complaint complaint, String letter, Audience audience, Recipients.Recipient recipient,
                       RenderedLetter content) {
        Correspondence row = new Correspondence(complaint.getReference(), complaint.getProcedure(), letter,
                audience, recipient.route(), recipient.address(), content, Instant.now(calendar.clock()));
        if (recipient.route() == Route.EMAIL && !email.available()) {
            row.hold("no mail server is configured");
        }
        correspondence.saveAndFlush(row);
        if (row.getStatus() == CorrespondenceStatus.QUEUED) {
            outbox.queued(row.getId());
        }
    }

    private Set<String> candidateGroups(String taskId) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : withoutAuthorization.run(() -> taskService.getIdentityLinksForTask(taskId))) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private Map<String, Object> describe(String name, java.util.Date due) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("name", name == null ? "" : name);
        task.put("due", due == null ? "not set" : LetterModel.inWords(calendar.dayOf(due)));
        return task;
    }

    /** Only a complaint's own process may write to its complainant or its team. */
    private Complaint complaintOf(DelegateExecution execution) {
        String reference = processes.referenceOf(execution);
        return complaints.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No complaint " + reference + " for a letter"));
    }
}
