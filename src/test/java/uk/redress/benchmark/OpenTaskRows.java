package uk.redress.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Open complaints in bulk for the growth benchmark, numbered 0, 1, 2...: each a complaint row at stage 1 with a
 * running clock (due between 20 days ago and 40 days ahead) and one open task waiting for a team, due on the same
 * day, in a one-task process that carries the complaint's reference as its business key and the variables
 * Tasklist's columns show. Even numbers are Harborough's (half for its service officers, half for its complaints
 * officers), odd ones Warwickshire adult social care's, except that a quarter of those below
 * {@code fixedTeamBelow} (the numbers one more than a multiple of four) are Leicestershire's complaints team's: a
 * team whose open tasks stay as many as they were at the first level however many more the others get. Unlike
 * {@link ComplaintRows} every row is open, and the references (year 2019) never meet the ones Redress gives the
 * complaints the benchmark takes in.
 */
final class OpenTaskRows {

    static final String PROCESS = "growth-task";
    private static final int BATCH = 1_000;
    private static final long FIRST_ID = 2_000_000_000L;

    private final DataSource dataSource;
    private final ProcessEngine engine;
    private final ComplaintProcesses processes;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final LocalDate today = LocalDate.now(LONDON);

    /** The team whose open tasks stop growing after the first level. */
    static final String FIXED_TEAM = "leicestershire-complaints-team";

    private final int fixedTeamBelow;

    OpenTaskRows(DataSource dataSource, ProcessEngine engine, ComplaintProcesses processes, int fixedTeamBelow) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.processes = processes;
        this.fixedTeamBelow = fixedTeamBelow;
    }

    private boolean fixedTeams(int i) {
        return i < fixedTeamBelow && i % 4 == 1;
    }

    String reference(int i) {
        return (i % 2 == 0 ? "HDC" : fixedTeams(i) ? "LCC" : "WCC") + "-2019-" + "%07d".formatted(i + 1);
    }

    String team(int i) {
        return fixedTeams(i) ? FIXED_TEAM : i % 2 == 1 ? "warwickshire-adult-social-care"
                : i % 4 == 0 ? "harborough-service-officers" : "harborough-complaints-officers";
    }

    private String procedure(int i) {
        return i % 2 == 0 ? "harborough-corporate"
                : fixedTeams(i) ? "leicestershire-corporate" : "warwickshire-adult-social-care";
    }

    private LocalDate due(int i) {
        return today.plusDays(i % 61 - 20);
    }

    void deployTaskModel() {
        engine.getRepositoryService().createDeployment().name("growth-benchmark")
                .addModelInstance("growth-task.bpmn", Bpmn.createExecutableProcess(PROCESS)
                        .camundaHistoryTimeToLive(1).startEvent().userTask("respond").name("Respond")
                        .camundaCandidateGroups("${team}").camundaDueDate("${due}").endEvent().done()).deploy();
    }

    /** Complaints {@code from} to {@code to - 1} and their tasks (set-up, not measured). */
    void insert(int from, int to) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement complaint = connection.prepareStatement("""
                    insert into complaint (id, reference, procedure, received_on, channel, complainant_name,
                      complainant_email, complainant_address, complainant_anonymous, service_area, summary,
                      about_staff_behaviour, subject, concurrent_proceedings, stage, status, outcome, created_at,
                      closed_at, version)
                    values (?, ?, ?, ?, 'EMAIL', ?, ?, '1 High Street', false, 'Waste', 'Bins not collected', false,
                      'SERVICE', '', 'stage1', 'OPEN', null, ?, null, 0)""");
                 PreparedStatement deadline = connection.prepareStatement("""
                    insert into deadline (id, complaint_reference, process_instance_id, name, opened_on, day_zero,
                      due_on, state, paused_working_days, breached, version)
                    values (?, ?, 'benchmark', 'stage1-response', ?, ?, ?, 'OPEN', 0, false, 0)""")) {
                for (int i = from; i < to; i++) {
                    LocalDate received = due(i).minusDays(20);
                    complaint.setLong(1, FIRST_ID + i);
                    complaint.setString(2, reference(i));
                    complaint.setString(3, procedure(i));
                    complaint.setDate(4, Date.valueOf(received));
                    complaint.setString(5, "Person " + i);
                    complaint.setString(6, "person" + i + "@example.org");
                    complaint.setTimestamp(7, Timestamp.valueOf(received.atTime(9, 0)));
                    complaint.addBatch();
                    deadline.setLong(1, FIRST_ID + i);
                    deadline.setString(2, reference(i));
                    deadline.setDate(3, Date.valueOf(received));
                    deadline.setDate(4, Date.valueOf(received));
                    deadline.setDate(5, Date.valueOf(due(i)));
                    deadline.addBatch();
                    if ((i - from + 1) % BATCH == 0 || i == to - 1) {
                        complaint.executeBatch();
                        deadline.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
        startTasks(from, to);
    }

    /** A waiting task per complaint, 200 to a transaction on 4 threads. */
    private void startTasks(int from, int to) throws Exception {
        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(pool.submit(() -> {
                    while (next.get() < to) {
                        commands.execute(context -> {
                            for (int n = 0; n < 200; n++) {
                                int i = next.getAndIncrement();
                                if (i >= to) {
                                    break;
                                }
                                // as Redress starts a complaint's processes: recorded as the complaint's own
                                processes.start(reference(i), () -> engine.getRuntimeService()
                                        .startProcessInstanceByKey(PROCESS, reference(i), Map.of("team", team(i),
                                                "due", java.util.Date.from(due(i).atStartOfDay(LONDON).toInstant()), "reference", reference(i),
                                                "complainantName", "Person " + i)));
                            }
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
