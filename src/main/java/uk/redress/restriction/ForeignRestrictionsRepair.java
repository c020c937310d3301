package uk.redress.restriction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.notification.Councils;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Takes another council's contact restrictions out of the complaints an earlier version screened. Until the
 * restrictions shown to staff were limited to their own council's ({@link Restrictions#inForceFor}), a person
 * restricted by one council had that council's restriction text copied into the {@code restrictionsInForce} value of
 * their complaints to any other council: on its task forms while the complaint runs (and its called stages), in its
 * history for auditors, and - each time a task was completed in Tasklist, which sends back every field it shows - as
 * a form field in the history. Once per database, at start-up (after the diagrams are deployed), each such value is
 * replaced by what the screening would have shown on the day the complaint was recorded - its own council's
 * restrictions, or none - its earlier values and their form-field copies are taken out of the history, and the
 * complaints' references are logged. A closed complaint's value is removed and not written again: its process has
 * ended. If the repair fails, the node still starts, the failure is logged, and the next start tries again.
 */
@Component
public class ForeignRestrictionsRepair {

    static final String NAME = "foreign-restrictions-in-force";
    static final String VARIABLE = "restrictionsInForce";

    private static final Logger log = LoggerFactory.getLogger(ForeignRestrictionsRepair.class);
    /** How {@link Restrictions#inForceOn} names the complaint each restriction was decided on, in every version. */
    private static final Pattern FROM_COMPLAINT = Pattern.compile("from complaint ([A-Za-z]+-\\d{4}-\\d+)\\)");
    private static final int PAGE = 500;

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ComplaintProcesses processes;
    private final ComplaintRepository complaints;
    private final Councils councils;
    private final Restrictions restrictions;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ForeignRestrictionsRepair(HistoryService history, RuntimeService runtime, TaskService tasks,
                              ComplaintProcesses processes,
                              ComplaintRepository complaints, Councils councils, Restrictions restrictions,
                              WorkingDayCalendar calendar, JdbcClient jdbc, TransactionTemplate transaction,
                              Clock clock) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.processes = processes;
        this.complaints = complaints;
        this.councils = councils;
        this.restrictions = restrictions;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Once per database: the first node to start does it; the others find its record and skip it. */
    @Order(20)
    @EventListener(ApplicationReadyEvent.class)
    void repairOnce() {
        if (done()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                if (!claim()) {
                    status.setRollbackOnly();
                    return;
                }
                int repaired = repair();
                jdbc.sql("update maintenance_run set repaired = :repaired, finished_at = :at where name = :name")
                        .param("repaired", repaired).param("at", java.sql.Timestamp.from(clock.instant()))
                        .param("name", NAME).update();
            });
        } catch (RuntimeException failed) {
            // the complaints stay as they were (the work is one transaction) and the next start tries again
            log.error("Could not take other councils' restrictions out of complaints; trying again at the next start",
                    failed);
        }
    }

    /**
     * Takes the record first. On PostgreSQL a second node waits here for the first one's transaction, then finds
     * the name taken; on a shared H2 database it is refused at once. Either way it leaves the repair to the first.
     */
    private boolean claim() {
        try {
            jdbc.sql("insert into maintenance_run (name, finished_at, repaired) values (:name, :at, 0)")
                    .param("name", NAME).param("at", java.sql.Timestamp.from(clock.instant())).update();
            return true;
        } catch (org.springframework.dao.DataAccessException taken) {
            log.debug("Another node is taking other councils' restrictions out of complaints", taken);
            return false;
        }
    }

    private boolean done() {
        return jdbc.sql("select count(*) from maintenance_run where name = :name").param("name", NAME)
                .query(Long.class).single() > 0;
    }

    /** Repairs every value naming another council's restriction; returns how many values were repaired. */
    public int repair() {
        java.util.Map<String, HistoricVariableInstance> foreign = new java.util.LinkedHashMap<>();
        for (int first = 0; ; first += PAGE) {
            List<HistoricVariableInstance> page = history.createHistoricVariableInstanceQuery()
                    .variableName(VARIABLE).includeDeleted().disableBinaryFetching()
                    .orderByVariableId().asc().listPage(first, PAGE);
            page.stream().filter(this::namesAnotherCouncils).forEach(value -> foreign.put(value.getId(), value));
            if (page.size() < PAGE) {
                break;
            }
        }
        TreeSet<String> references = new TreeSet<>();
        for (HistoricVariableInstance value : foreign.values()) {
            Complaint complaint = complaintOf(value.getRootProcessInstanceId(), value.getProcessInstanceId())
                    .orElseThrow();
            // read before the history goes: the running variable, if the complaint still runs
            Optional<VariableInstance> running = Optional.ofNullable(runtime.createVariableInstanceQuery()
                    .variableId(value.getId()).disableBinaryFetching().singleResult());
            running.ifPresent(variable -> remove(variable));
            history.deleteHistoricVariableInstance(value.getId());
            // written again as new: its history begins with what the screening would have shown
            String own = restrictions.inForceOn(complaint, recordedOn(complaint));
            running.ifPresent(variable -> set(variable, own));
            references.add(complaint.getReference());
        }
        // a called stage's copy of the value has no history of its own (the procedure's is its history), so the
        // running copies are read as well: one copied from a value not yet repaired is repaired here
        int runningCopies = 0;
        for (VariableInstance copy : runtime.createVariableInstanceQuery().variableName(VARIABLE)
                .disableBinaryFetching().list()) {
            if (!foreign.containsKey(copy.getId()) && copy.getValue() instanceof String text) {
                Optional<Complaint> complaint = complaintOf(null, copy.getProcessInstanceId())
                        .filter(of -> namesAnotherCouncils(of, text));
                if (complaint.isPresent()) {
                    set(copy, restrictions.inForceOn(complaint.get(), recordedOn(complaint.get())));
                    references.add(complaint.get().getReference());
                    runningCopies++;
                }
            }
        }
        int copies = removeFormFieldCopies(references);
        if (!foreign.isEmpty() || copies > 0 || runningCopies > 0) {
            log.warn("Took another council's contact restrictions out of {} complaints' task forms and history"
                    + " ({} values, {} running copies in stages, {} form-field copies): {}", references.size(),
                    foreign.size(), runningCopies, copies, references);
        }
        return foreign.size() + runningCopies + copies;
    }

    private void remove(VariableInstance variable) {
        if (variable.getTaskId() != null) {
            tasks.removeVariableLocal(variable.getTaskId(), VARIABLE);
        } else {
            runtime.removeVariableLocal(variable.getExecutionId(), VARIABLE);
        }
    }

    private void set(VariableInstance variable, String value) {
        if (variable.getTaskId() != null) {
            tasks.setVariableLocal(variable.getTaskId(), VARIABLE, value);
        } else {
            runtime.setVariableLocal(variable.getExecutionId(), VARIABLE, value);
        }
    }

    /**
     * The form-field copies of the value in the history, written when a task was completed in Tasklist (the engine
     * has no way to remove one of them, so they go by their id), where they name another council's restrictions.
     */
    private int removeFormFieldCopies(java.util.Set<String> references) {
        List<FormFieldCopy> copies = jdbc.sql("""
                select ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, TEXT_ from ACT_HI_DETAIL
                where TYPE_ = 'FormProperty' and NAME_ = :name and TEXT_ like '%from complaint %'""")
                .param("name", VARIABLE)
                .query((rs, n) -> new FormFieldCopy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        int removed = 0;
        for (FormFieldCopy copy : copies) {
            Optional<Complaint> complaint = complaintOf(copy.root(), copy.processInstance());
            if (complaint.isPresent() && namesAnotherCouncils(complaint.get(), copy.text())) {
                removed += jdbc.sql("delete from ACT_HI_DETAIL where ID_ = :id").param("id", copy.id()).update();
                references.add(complaint.get().getReference());
            }
        }
        return removed;
    }

    private record FormFieldCopy(String id, String root, String processInstance, String text) {
    }

    private boolean namesAnotherCouncils(HistoricVariableInstance value) {
        if (!(value.getValue() instanceof String text)) {
            return false;
        }
        return complaintOf(value.getRootProcessInstanceId(), value.getProcessInstanceId())
                .map(complaint -> namesAnotherCouncils(complaint, text)).orElse(false);
    }

    private boolean namesAnotherCouncils(Complaint complaint, String text) {
        String council;
        try {
            council = councils.of(complaint.getProcedure());
        } catch (IllegalArgumentException notDeployed) {
            log.warn("Cannot check the restrictions shown on {}: its procedure is not deployed",
                    complaint.getReference());
            return false;
        }
        Matcher named = FROM_COMPLAINT.matcher(text);
        while (named.find()) {
            Optional<Complaint> decidedOn = complaints.findByReference(named.group(1));
            if (decidedOn.isEmpty() || !restrictions.sameCouncil(council, decidedOn.get().getProcedure())) {
                return true;
            }
        }
        return false;
    }

    /** The complaint whose process tree this is: as Redress recorded it, else by the process's business key. */
    private Optional<Complaint> complaintOf(String rootProcessInstanceId, String processInstanceId) {
        Optional<String> reference = rootProcessInstanceId == null ? Optional.empty()
                : processes.referenceOfTree(rootProcessInstanceId);
        if (reference.isEmpty()) {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            reference = Optional.ofNullable(instance == null ? null : instance.getBusinessKey());
        }
        return reference.flatMap(complaints::findByReference);
    }

    /** The day the complaint was recorded, when it was screened (the same for its called stages' copies). */
    private LocalDate recordedOn(Complaint complaint) {
        return complaint.getCreatedAt().atZone(calendar.zone()).toLocalDate();
    }
}
