package uk.redress.restriction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
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
 * their complaints to any other council: on its task forms while the complaint runs, and in its history for
 * auditors after. Once per database, at start-up (after the diagrams are deployed), each such value is replaced by
 * what the screening would have shown on its day - the complaint's own council's restrictions, or none - and its
 * earlier values are taken out of the history, so that nobody at the other council can read them through any door.
 * A closed complaint's value is removed from the history and not written again: its process has ended.
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
    private final ComplaintProcesses processes;
    private final ComplaintRepository complaints;
    private final Councils councils;
    private final Restrictions restrictions;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ForeignRestrictionsRepair(HistoryService history, RuntimeService runtime, ComplaintProcesses processes,
                              ComplaintRepository complaints, Councils councils, Restrictions restrictions,
                              WorkingDayCalendar calendar, JdbcClient jdbc, TransactionTemplate transaction,
                              Clock clock) {
        this.history = history;
        this.runtime = runtime;
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
                // taken first: a second node waits here for this one's transaction, then finds the repair done
                jdbc.sql("insert into maintenance_run (name, finished_at, repaired) values (:name, :at, 0)")
                        .param("name", NAME).param("at", java.sql.Timestamp.from(clock.instant())).update();
                int repaired = repair();
                jdbc.sql("update maintenance_run set repaired = :repaired, finished_at = :at where name = :name")
                        .param("repaired", repaired).param("at", java.sql.Timestamp.from(clock.instant()))
                        .param("name", NAME).update();
            });
        } catch (DataIntegrityViolationException anotherNodeDidIt) {
            log.debug("Another node has taken the other councils' restrictions out already");
        }
    }

    private boolean done() {
        return jdbc.sql("select count(*) from maintenance_run where name = :name").param("name", NAME)
                .query(Long.class).single() > 0;
    }

    /** Repairs every value naming another council's restriction; returns how many values were repaired. */
    public int repair() {
        List<HistoricVariableInstance> foreign = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<HistoricVariableInstance> page = history.createHistoricVariableInstanceQuery()
                    .variableName(VARIABLE).includeDeleted().disableBinaryFetching()
                    .orderByProcessInstanceId().asc().listPage(first, PAGE);
            page.stream().filter(this::namesAnotherCouncils).forEach(foreign::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        TreeSet<String> references = new TreeSet<>();
        for (HistoricVariableInstance value : foreign) {
            Complaint complaint = complaintOf(value).orElseThrow();
            // read before the history goes: the running variable, if the complaint still runs
            Optional<VariableInstance> running = Optional.ofNullable(runtime.createVariableInstanceQuery()
                    .variableId(value.getId()).disableBinaryFetching().singleResult());
            history.deleteHistoricVariableInstance(value.getId());
            running.ifPresent(variable -> runtime.setVariableLocal(variable.getExecutionId(), VARIABLE,
                    restrictions.inForceOn(complaint, screenedOn(value))));
            references.add(complaint.getReference());
        }
        if (!foreign.isEmpty()) {
            log.warn("Took another council's contact restrictions out of {} complaints' task forms and history: {}",
                    references.size(), references);
        }
        return foreign.size();
    }

    private boolean namesAnotherCouncils(HistoricVariableInstance value) {
        if (!(value.getValue() instanceof String text)) {
            return false;
        }
        Optional<Complaint> complaint = complaintOf(value);
        if (complaint.isEmpty()) {
            return false;
        }
        String council;
        try {
            council = councils.of(complaint.get().getProcedure());
        } catch (IllegalArgumentException notDeployed) {
            log.warn("Cannot check the restrictions shown on {}: its procedure is not deployed",
                    complaint.get().getReference());
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

    /** The complaint whose process tree holds the value: as Redress recorded it, else by its business key. */
    private Optional<Complaint> complaintOf(HistoricVariableInstance value) {
        Optional<String> reference = processes.referenceOfTree(value.getRootProcessInstanceId());
        if (reference.isEmpty()) {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(value.getProcessInstanceId()).singleResult();
            reference = Optional.ofNullable(instance == null ? null : instance.getBusinessKey());
        }
        return reference.flatMap(complaints::findByReference);
    }

    private LocalDate screenedOn(HistoricVariableInstance value) {
        return value.getCreateTime().toInstant().atZone(calendar.zone()).toLocalDate();
    }
}
