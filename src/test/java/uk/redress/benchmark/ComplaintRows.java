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
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Complaints written straight into Redress's tables for the list benchmark, numbered 0, 1, 2...: even numbers are
 * Harborough's, odd ones Warwickshire's; a fifth are open (0, 1, 10, 11, 20...), with a running clock (due between
 * 20 days ago and 40 days ahead) and a task waiting for one of two teams (a one-task process with the complaint's
 * reference as its business key, as the procedures' tasks have); the rest are closed.
 */
final class ComplaintRows {

    private static final int BATCH = 1_000;
    private static final long FIRST_ID = 1_000_000_000L;

    private final DataSource dataSource;
    private final ProcessEngine engine;
    private final ComplaintProcesses processes;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    ComplaintRows(DataSource dataSource, ProcessEngine engine, ComplaintProcesses processes) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.processes = processes;
    }

    static String reference(int i) {
        return (i % 2 == 0 ? "HDC" : "WCC") + "-2026-" + "%06d".formatted(i + 1);
    }

    static String surname(int i) {
        return "Tester" + (i / 10);
    }

    static String email(int i) {
        return "person" + i + "@example.org";
    }

    static String postcode(int i) {
        return "LE" + (i % 97) + " " + (i % 9) + "AB";
    }

    private static boolean open(int i) {
        return (i / 2) % 5 == 0;
    }

    void deployTaskModel() {
        engine.getRepositoryService().createDeployment().name("list-benchmark")
                .addModelInstance("list-benchmark-task.bpmn", Bpmn.createExecutableProcess("list-benchmark-task")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("waiting").camundaCandidateGroups("${team}")
                        .endEvent().done()).deploy();
    }

    /** Complaints {@code from} to {@code to - 1}, a thousand to a transaction. */
    void insert(int from, int to) throws Exception {
        List<Integer> opened = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement complaint = connection.prepareStatement("""
                    insert into complaint (id, reference, procedure, received_on, channel, complainant_name,
                      complainant_email, complainant_address, complainant_anonymous, service_area, summary,
                      about_staff_behaviour, subject, concurrent_proceedings, stage, status, outcome, created_at,
                      closed_at, version)
                    values (?, ?, ?, ?, 'EMAIL', ?, ?, ?, false, 'Waste', 'Bins not collected', false, 'SERVICE', '',
                      ?, ?, ?, ?, ?, 0)""");
                 PreparedStatement deadline = connection.prepareStatement("""
                    insert into deadline (id, complaint_reference, process_instance_id, name, opened_on, day_zero,
                      due_on, state, paused_working_days, breached, version)
                    values (?, ?, 'benchmark', 'stage1-response', ?, ?, ?, ?, 0, false, 0)""")) {
                for (int i = from; i < to; i++) {
                    boolean open = open(i);
                    LocalDate received = today.minusDays(i % 400);
                    complaint.setLong(1, FIRST_ID + i);
                    complaint.setString(2, reference(i));
                    complaint.setString(3, i % 2 == 0 ? "harborough-corporate" : "warwickshire-general");
                    complaint.setDate(4, Date.valueOf(received));
                    complaint.setString(5, "Person" + i + " " + surname(i));
                    complaint.setString(6, email(i));
                    complaint.setString(7, (i % 200) + " High Street\nMarket Harborough " + postcode(i));
                    complaint.setString(8, open ? "stage1" : "closed");
                    complaint.setString(9, open ? "OPEN" : "CLOSED");
                    complaint.setString(10, open ? null : "resolved");
                    complaint.setTimestamp(11, Timestamp.valueOf(received.atTime(9, 0)));
                    complaint.setTimestamp(12, open ? null : Timestamp.valueOf(received.plusDays(20).atTime(9, 0)));
                    complaint.addBatch();
                    deadline.setLong(1, FIRST_ID + i);
                    deadline.setString(2, reference(i));
                    deadline.setDate(3, Date.valueOf(received));
                    deadline.setDate(4, Date.valueOf(received));
                    deadline.setDate(5, Date.valueOf(open ? today.plusDays(i % 61 - 20) : received.plusDays(20)));
                    deadline.setString(6, open ? "OPEN" : "CLOSED");
                    deadline.addBatch();
                    if (open) {
                        opened.add(i);
                    }
                    if ((i - from + 1) % BATCH == 0 || i == to - 1) {
                        complaint.executeBatch();
                        deadline.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
        startTasks(opened);
    }

    /** A waiting task per open complaint, 200 to a transaction on 4 threads (set-up, not measured). */
    private void startTasks(List<Integer> opened) throws Exception {
        var commands = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(pool.submit(() -> {
                    while (next.get() < opened.size()) {
                        commands.execute(context -> {
                            for (int n = 0; n < 200; n++) {
                                int k = next.getAndIncrement();
                                if (k >= opened.size()) {
                                    break;
                                }
                                int i = opened.get(k);
                                // as Redress starts a complaint's processes: recorded as the complaint's own
                                processes.start(reference(i), () -> engine.getRuntimeService()
                                        .startProcessInstanceByKey("list-benchmark-task", reference(i), Map.of("team",
                                                i % 4 == 0 ? "harborough-service-officers"
                                                        : "harborough-complaints-officers")));
                            }
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (var future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
