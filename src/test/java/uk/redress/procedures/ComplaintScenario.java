package uk.redress.procedures;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.IntakeRequest;
import uk.redress.deadline.Deadline;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/** Drives one complaint through its procedure in a process test, reading like the procedure itself. */
class ComplaintScenario {

    private static final java.util.concurrent.atomic.AtomicInteger UNIQUE = new java.util.concurrent.atomic.AtomicInteger();

    private final ProcessEngine engine;
    private final ComplaintRepository complaints;
    private final DeadlineRepository deadlines;
    final Complaint complaint;
    private final ProcessInstance instance;

    private ComplaintScenario(ProcessEngine engine, ComplaintRepository complaints, DeadlineRepository deadlines,
                              Complaint complaint) {
        this.engine = engine;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.complaint = complaint;
        this.instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult();
    }

    /** A complaint a test took in itself (e.g. with a representative). */
    static ComplaintScenario of(ProcessEngine engine, ComplaintRepository complaints, DeadlineRepository deadlines,
                                Complaint complaint) {
        return new ComplaintScenario(engine, complaints, deadlines, complaint);
    }

    static ComplaintScenario receive(ProcessEngine engine, ComplaintIntake intake, ComplaintRepository complaints,
                                     DeadlineRepository deadlines, String procedure, LocalDate receivedOn,
                                     Channel channel, boolean aboutStaffBehaviour) {
        return receive(engine, intake, complaints, deadlines, procedure, receivedOn, channel, aboutStaffBehaviour,
                receivedOn.minusDays(3));
    }

    static ComplaintScenario receive(ProcessEngine engine, ComplaintIntake intake, ComplaintRepository complaints,
                                     DeadlineRepository deadlines, String procedure, LocalDate receivedOn,
                                     Channel channel, boolean aboutStaffBehaviour, LocalDate eventDate) {
        return receive(engine, intake, complaints, deadlines, procedure, receivedOn, channel, aboutStaffBehaviour,
                eventDate, false);
    }

    static ComplaintScenario receive(ProcessEngine engine, ComplaintIntake intake, ComplaintRepository complaints,
                                     DeadlineRepository deadlines, String procedure, LocalDate receivedOn,
                                     Channel channel, boolean aboutStaffBehaviour, LocalDate eventDate,
                                     boolean anonymous) {
        Complaint complaint = intake.receive(new IntakeRequest(procedure, receivedOn, channel,
                // a different person each time, so one test's complaints never look like repeats of another's
                new IntakeRequest.ComplainantDetails("Alex Example " + UNIQUE.incrementAndGet(),
                        "alex." + UNIQUE.get() + "@example.org", null, UNIQUE.get() + " High Street", anonymous),
                "Waste and recycling", "My bin was missed three weeks running.", "Collect it and apologise",
                eventDate, aboutStaffBehaviour, null, null));
        return new ComplaintScenario(engine, complaints, deadlines, complaint);
    }

    String processInstanceId() {
        return complaint.getProcessInstanceId();
    }

    /** The instance as started; camunda-bpm-assert looks up its current state (running or ended) each time. */
    ProcessInstance processInstance() {
        return instance;
    }

    String reference() {
        return complaint.getReference();
    }

    /** The open task of that definition key, in the procedure or in a stage it called. */
    Task task(String taskDefinitionKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
        if (task == null) {
            throw new AssertionError("No open task " + taskDefinitionKey + " on " + complaint.getReference());
        }
        return task;
    }

    boolean hasTask(String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKey(taskDefinitionKey).count() > 0;
    }

    /** The names of the open tasks, for a readable failure message. */
    java.util.List<String> openTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference()).list()
                .stream().map(t -> t.getTaskDefinitionKey() + " (" + t.getName() + ")").toList();
    }

    boolean ended() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(complaint.getReference()).count() == 0;
    }

    /** Whether any process of the complaint (the procedure or a called stage) passed the element. */
    boolean passed(String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).finished().list()
                .stream().anyMatch(a -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(a.getProcessInstanceId()).processInstanceBusinessKey(complaint.getReference())
                        .count() > 0);
    }

    void complete(String taskDefinitionKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(taskDefinitionKey).getId(), variables);
    }

    Optional<Deadline> running(String name) {
        return deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(complaint.getReference(),
                        EnumSet.of(DeadlineState.OPEN, DeadlineState.PAUSED))
                .stream().filter(d -> d.getName().equals(name)).findFirst();
    }

    Deadline latest(String name) {
        return deadlines.findAll().stream()
                .filter(d -> d.getComplaintReference().equals(complaint.getReference()) && d.getName().equals(name))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No deadline " + name));
    }

    LocalDate dueOn(String name) {
        return running(name).map(Deadline::getDueOn)
                .orElseThrow(() -> new AssertionError("No running deadline " + name + " on " + complaint.getReference()));
    }

    Complaint record() {
        return complaints.findByReference(complaint.getReference()).orElseThrow();
    }
}
