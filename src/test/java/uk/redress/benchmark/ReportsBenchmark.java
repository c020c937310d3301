package uk.redress.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.redress.RedressSpringTest;
import uk.redress.workspace.StaffSession;

/**
 * The reports at scale: {@code redress.benchmark.reports} (100,000 by default) finished complaints of one financial
 * year, then the dashboard, its complaint-level CSV and the annual report (page and PDF) over real HTTP as an
 * auditor (who reads every procedure), each timed and printed. The complaints are written straight into Redress's
 * own tables (complaint, complaint_stage, deadline, improvement_action, ombudsman_decision), which are all the
 * reports read: driving 100,000 complaints through the engine would take hours and measure the engine instead.
 * Not part of the normal test run (the name does not end in Test); on PostgreSQL:
 * {@code REDRESS_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/redress_reports REDRESS_TEST_DB_USER=postgres
 * ./mvnw test -Dtest=ReportsBenchmark}. Prints figures; asserts none.
 */
class ReportsBenchmark extends RedressSpringTest {

    private static final String[] PROCEDURES = {"harborough-corporate", "warwickshire-general",
            "warwickshire-adult-social-care", "county-corporate-two-stage", "leicestershire-corporate"};
    private static final String[] CHANNELS = {"EMAIL", "PHONE", "ONLINE_FORM", "POST", "IN_PERSON"};
    private static final String[] AREAS = {"Waste and recycling", "Highways", "Housing", "Parks", "Council tax"};
    private static final String[] FINDINGS = {"UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"};
    private static final LocalDate FROM = LocalDate.of(2040, 4, 2);

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dashboardAndAnnualReport_atScale() {
        int size = Integer.getInteger("redress.benchmark.reports", 100_000);
        long seeding = System.nanoTime();
        seed(size);
        System.out.printf("reports benchmark: %,d finished complaints written in %.1f s (%s)%n", size,
                (System.nanoTime() - seeding) / 1e9, jdbc.queryForObject("select version()", String.class));
        if (jdbc.queryForObject("select version()", String.class).startsWith("PostgreSQL")) {
            // fresh statistics, as autovacuum would have by the time a council asks for its year
            jdbc.execute("analyze");
        }
        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        String year = "?from=2040-04-01&to=2041-03-31";
        time("dashboard, every procedure, the year", () -> auditor.get("/complaints/reports" + year));
        time("dashboard, one procedure and service area", () -> auditor.get("/complaints/reports" + year
                + "&procedure=warwickshire-general&serviceArea=Highways"));
        time("complaint-level CSV, the year", () -> auditor.get("/complaints/reports/stages.csv" + year));
        time("lessons learnt and Ombudsman figures", () -> auditor.get("/complaints/reports/lessons" + year));
        time("annual report page", () -> auditor.get("/complaints/reports/annual?year=2040"));
        time("annual report PDF", () -> auditor.get("/complaints/reports/annual.pdf?year=2040"));
    }

    /** First (cold) and the median of five further runs. */
    private static void time(String what, java.util.function.Supplier<StaffSession.Page> run) {
        long start = System.nanoTime();
        StaffSession.Page first = run.get();
        double cold = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            start = System.nanoTime();
            run.get();
            warm[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf("reports benchmark: %-45s status %d, %,d characters, first %.0f ms, median %.0f ms%n", what,
                first.status(), first.body().length(), cold, warm[2]);
    }

    private void seed(int size) {
        // a second run starts afresh
        for (String table : List.of("complaint_stage", "deadline", "improvement_action", "ombudsman_decision")) {
            jdbc.update("delete from " + table + " where complaint_reference like 'BEN-2040-%'");
        }
        jdbc.update("delete from complaint where reference like 'BEN-2040-%'");
        long base = 1_000_000_000_000L;
        List<Object[]> complaints = new ArrayList<>();
        List<Object[]> stages = new ArrayList<>();
        List<Object[]> deadlines = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (int i = 0; i < size; i++) {
            String reference = String.format("BEN-2040-%07d", i);
            String procedure = PROCEDURES[i % PROCEDURES.length];
            String area = AREAS[(i / 7) % AREAS.length];
            LocalDate received = FROM.plusDays(i % 360);
            boolean excluded = i % 20 == 0;
            boolean escalated = !excluded && i % 5 == 1;
            complaints.add(new Object[]{base + i, reference, procedure, Date.valueOf(received), CHANNELS[i % 5], area,
                    excluded ? "received" : escalated ? "stage2" : "stage1", excluded ? "excluded" : "responded", now});
            if (excluded) {
                stages.add(stage(base + 2L * i, reference, procedure, "received", area, received, received, null,
                        null, "EXCLUDED", "older-than-12-months"));
                continue;
            }
            int days = 3 + i % 15;
            LocalDate answered = received.plusDays(days + days / 5 * 2);
            stages.add(stage(base + 2L * i, reference, procedure, "stage1", area, received, answered, days,
                    received.plusDays(14), FINDINGS[i % 3], null));
            deadlines.add(new Object[]{base + 2L * i, reference, "stage1-response", Date.valueOf(received),
                    Date.valueOf(received.plusDays(14)), Date.valueOf(answered)});
            if (escalated) {
                LocalDate done = answered.plusDays(30);
                stages.add(stage(base + 2L * i + 1, reference, procedure, "stage2", area, received, done, 20 + i % 10,
                        answered.plusDays(28), FINDINGS[(i + 1) % 3], null));
                deadlines.add(new Object[]{base + 2L * i + 1, reference, "stage2-response", Date.valueOf(answered),
                        Date.valueOf(answered.plusDays(28)), Date.valueOf(done)});
            }
            if (i % 10 == 3) {
                actions.add(new Object[]{base + i, reference, procedure, area, "Review the collection round",
                        Date.valueOf(answered), Date.valueOf(answered.plusDays(28)),
                        i % 20 == 3 ? Date.valueOf(answered.plusDays(10)) : null});
            }
            if (i % 50 == 7) {
                decisions.add(new Object[]{base + i, reference, procedure, area, Date.valueOf(answered.plusDays(90)),
                        i % 100 == 7 ? "fault-remedy" : "no-fault", i % 200 == 7});
            }
        }
        jdbc.batchUpdate("insert into complaint (id, reference, procedure, received_on, channel, complainant_anonymous,"
                + " service_area, summary, about_staff_behaviour, subject, concurrent_proceedings, stage, status, outcome,"
                + " created_at, closed_at, version) values (?, ?, ?, ?, ?, true, ?, 'Benchmark complaint', false,"
                + " 'SERVICE', '', ?, 'CLOSED', ?, ?, ?, 0)", complaints.stream().map(c -> new Object[]{c[0], c[1],
                c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[8]}).toList());
        jdbc.batchUpdate("insert into complaint_stage (id, complaint_reference, procedure, stage, service_area, channel,"
                + " received_on, started_on, due_on, finished_on, working_days, on_time, extended, outcome, reason,"
                + " remedy_apology, remedy_action, version) values (?, ?, ?, ?, ?, 'EMAIL', ?, ?, ?, ?, ?, ?, false, ?, ?,"
                + " false, false, 0)", stages);
        jdbc.batchUpdate("insert into deadline (id, complaint_reference, process_instance_id, name, opened_on, day_zero,"
                + " due_on, state, paused_working_days, breached, closed_on, version) values (?, ?, 'benchmark', ?, ?, ?,"
                + " ?, 'CLOSED', 0, false, ?, 0)", deadlines.stream().map(d -> new Object[]{d[0], d[1], d[2], d[3], d[3],
                d[4], d[5]}).toList());
        jdbc.batchUpdate("insert into improvement_action (id, complaint_reference, procedure, stage, service_area,"
                + " description, agreed_on, due_on, completed_on, version) values (?, ?, ?, 'stage1', ?, ?, ?, ?, ?, 0)",
                actions);
        jdbc.batchUpdate("insert into ombudsman_decision (id, complaint_reference, procedure, service_area, decided_on,"
                + " decision, remedied_by_council, version) values (?, ?, ?, ?, ?, ?, ?, 0)", decisions);
    }

    private static Object[] stage(long id, String reference, String procedure, String stage, String area,
                                  LocalDate received, LocalDate finished, Integer days, LocalDate due, String outcome,
                                  String reason) {
        return new Object[]{id, reference, procedure, stage, area, Date.valueOf(received), Date.valueOf(received),
                due == null ? null : Date.valueOf(due), Date.valueOf(finished), days,
                due == null ? null : !finished.isAfter(due), outcome, reason};
    }
}
