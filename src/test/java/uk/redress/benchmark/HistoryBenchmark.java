package uk.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.redress.RedressSpringTest;
import uk.redress.audit.HistoryScenario;
import uk.redress.caseevent.WithdrawalRequest;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;
import uk.redress.retention.RecordsRetention;
import uk.redress.security.WebAppSession;
import uk.redress.workspace.StaffSession;

/**
 * Six years of history: {@code redress.benchmark.history.seeds} (40) complaints finished through the engine
 * (Harborough resolved informally with its letters, a problem and its escalation window; Harborough withdrawn;
 * Warwickshire adult social care answered), then cloned row by row, the engine's history ({@code ACT_HI_*}, the
 * {@code ACT_GE_BYTEARRAY} rows and history authorizations they own) and Redress's own tables alike, with fresh
 * ids and references and their times moved so that the complaints' ends are spread over 7.2 years (a sixth of
 * them past their removal time). At 1,000 and then 100,000 finished complaints it times, over HTTP as signed-in
 * staff, the workspace list (first page, search by reference), a finished complaint's case page and the reports
 * dashboard; it prints the database bytes each finished complaint takes, then times the engine's removal-time
 * history cleanup (its job run as the job executor would, inside the configured window) and Redress's retention
 * sweep over the year and more that is due. PostgreSQL only (the cloning is {@code INSERT ... SELECT} with
 * {@code generate_series}), on a new database:
 * {@code createdb -h 127.0.0.1 -U postgres redress_hist_b; REDRESS_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/redress_hist_b
 * REDRESS_TEST_DB_USER=postgres ./mvnw test -Dtest=HistoryBenchmark}. Not part of {@code ./mvnw verify} (the name
 * does not end in Test). Prints figures; asserts none about speed.
 */
class HistoryBenchmark extends RedressSpringTest {

    /** End times are spread over this many days back from now: 2,190 kept and a fifth more, a sixth of the whole. */
    static final int SPREAD_DAYS = 2628;
    private static final String OFFICER = "harborough-complaints-officers";
    private static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    /** Engine columns ending in id_ that name a definition, a person or a diagram element: kept, not renumbered. */
    private static final Set<String> SHARED_IDS = Set.of("proc_def_id_", "case_def_id_", "dec_def_id_",
            "deployment_id_", "user_id_", "group_id_", "tenant_id_", "dec_req_id_", "act_id_", "start_act_id_",
            "end_act_id_", "clause_id_", "rule_id_", "failed_act_id_", "job_def_id_", "batch_id_");

    private final int seeds = Integer.getInteger("redress.benchmark.history.seeds", 40);
    private final int small = Integer.getInteger("redress.benchmark.history.small", 1_000);
    private final int large = Integer.getInteger("redress.benchmark.history.large", 100_000);
    private final int queries = Integer.getInteger("redress.benchmark.history.queries", 50);
    private final int cleanupMinutes = Integer.getInteger("redress.benchmark.history.cleanup-minutes", 40);

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    Withdrawals withdrawals;
    @Autowired
    RecordsRetention retention;

    private final Map<String, double[]> atSmall = new LinkedHashMap<>();

    @Test
    void sixYearsOfFinishedComplaints() {
        if (!jdbc.queryForObject("select version()", String.class).startsWith("PostgreSQL")) {
            throw new IllegalStateException("HistoryBenchmark clones rows with PostgreSQL's SQL: set REDRESS_TEST_DB_URL");
        }
        if (Boolean.getBoolean("redress.benchmark.history.pages-only")) {
            // the pages again on a database a full run left (e.g. after a change to the list's query)
            pages(finished());
            sweep(finished());
            return;
        }
        if (jdbc.queryForObject("select count(*) from complaint", Integer.class) > 0) {
            throw new IllegalStateException("HistoryBenchmark needs a new database");
        }
        long start = System.nanoTime();
        List<String> references = finishThroughTheEngine();
        report("%d complaints finished through the engine in %.0f s", references.size(), seconds(start));
        prepareCloning(references);
        Map<String, Long> seeded = sizes();

        int perSeedSmall = Math.max(1, small / seeds - 1);
        int perSeedLarge = Math.max(perSeedSmall + 1, large / seeds - 1);
        clone(1, perSeedSmall);
        int atSmallCount = finished();
        Map<String, Long> bytesSmall = sizes();
        pages(atSmallCount);
        checkClonedComplaintOpens();
        if (large <= small) {
            return;
        }

        clone(perSeedSmall + 1, perSeedLarge);
        int atLargeCount = finished();
        Map<String, Long> bytesLarge = sizes();
        bytes(seeded, bytesSmall, bytesLarge, atSmallCount, atLargeCount);
        pages(atLargeCount);
        cleanup(atLargeCount);
    }

    // ---- 1. real finished complaints ----

    private List<String> finishThroughTheEngine() {
        List<String> references = new ArrayList<>();
        LocalDate today = LocalDate.now(LONDON);
        for (int i = 0; i < seeds; i++) {
            ClockUtil.reset();
            String reference = switch (i % 3) {
                case 0 -> HistoryScenario.closedHarboroughComplaint(processEngine, intake, this::runDueJobs,
                        this::sendLetters);
                case 1 -> withdrawn(today, i);
                default -> answeredAdultSocialCare(today, i);
            };
            sendLetters(reference);
            String status = jdbc.queryForObject("select status from complaint where reference = ?", String.class,
                    reference);
            if (!"CLOSED".equals(status)) {
                throw new IllegalStateException(reference + " did not close: " + status);
            }
            if (i % 4 == 1) {
                jdbc.update("insert into case_note (id, complaint_reference, body, written_by, written_at) values "
                        + "(?, ?, 'Rang the complainant to talk it through', 'harborough-complaints-officers', "
                        + "current_timestamp)", java.util.UUID.randomUUID().toString(), reference);
            }
            references.add(reference);
        }
        ClockUtil.reset();
        long running = processEngine.getRuntimeService().createProcessInstanceQuery().count();
        if (running > 0) {
            throw new IllegalStateException(running + " processes still running after the seed complaints");
        }
        return references;
    }

    private String withdrawn(LocalDate today, int i) {
        Complaint complaint = intake.receive(new IntakeRequest("harborough-corporate", today, Channel.PHONE,
                new IntakeRequest.ComplainantDetails("Robin Retained " + i, "robin" + i + "@example.org",
                        "01858 000111", "1 High Street, Market Harborough LE16 7AA", false),
                "Planning", "No reply to my letters about the hedge", null, null, false, null, Set.of()));
        sendLetters(complaint.getReference());
        withdrawals.withdraw(complaint, new WithdrawalRequest(today, WithdrawalRequest.How.PHONE, null));
        Task confirm = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(complaint.getReference()).taskDefinitionKey("Task_ConfirmWithdrawal")
                .singleResult();
        processEngine.getTaskService().complete(confirm.getId(), Map.of("withdrawalConfirmed", true));
        return complaint.getReference();
    }

    private String answeredAdultSocialCare(LocalDate today, int i) {
        String team = "warwickshire-adult-social-care";
        String reference = intake.receive(new IntakeRequest(team, today, Channel.EMAIL,
                new IntakeRequest.ComplainantDetails("Ada Carer " + i, "ada" + i + "@example.org", null,
                        "2 Church Street, Warwick CV34 4AB", false),
                "Home care", "The carers came late every day for a fortnight", "An apology", null, false, null,
                Set.of())).getReference();
        sendLetters(reference);
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .singleResult();
        processEngine.getIdentityService().setAuthentication(team, List.of(team));
        try {
            processEngine.getTaskService().claim(task.getId(), team);
            processEngine.getTaskService().complete(task.getId(), Map.of("responseAction", "respond",
                    "responseOutcome", i % 2 == 0 ? "upheld" : "not-upheld", "responseSummary", "Rota fixed",
                    "responseText", "We have changed the rota and apologise."));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        runDueJobs(reference);
        return reference;
    }

    // ---- cloning ----

    /**
     * hb_root: each seed complaint's root process instances (its own and its letter deliveries); hb_clone: the
     * n-th copy of each seed, its reference and how far its times move; hb_id: a fresh id of the same length for
     * the n-th copy of an id, the same wherever that id appears, so references between rows hold.
     */
    private void prepareCloning(List<String> references) {
        jdbc.execute("""
                create or replace function hb_id(v varchar, n integer) returns varchar language sql immutable as $$
                  select case when v is null then null
                    when v ~ '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                      then substr(v, 1, length(v) - 36) || md5(v || '~' || n)::uuid::text
                    else v || '~' || n end $$""");
        jdbc.execute("create table hb_seed (reference varchar(40) primary key, s integer not null, "
                + "closed_at timestamptz not null, created_at timestamptz not null)");
        for (int s = 0; s < references.size(); s++) {
            jdbc.update("insert into hb_seed select reference, ?, closed_at, created_at from complaint "
                    + "where reference = ?", s, references.get(s));
        }
        jdbc.execute("""
                create table hb_root as
                select p.process_instance_id as root_id, p.complaint_reference as reference
                from complaint_process p join hb_seed s on s.reference = p.complaint_reference
                union
                select v.proc_inst_id_, v.text_ from act_hi_varinst v join hb_seed s on s.reference = v.text_
                where v.name_ = 'complaintReference' and v.proc_def_key_ = 'send-letter'""");
        jdbc.execute("create index on hb_root (root_id)");
        jdbc.update("""
                create table hb_clone as
                select s.reference, n, split_part(s.reference, '-', 1) || '-'
                         || to_char(s.created_at + shift, 'YYYY') || '-' || lpad((n * ? + s.s)::text, 7, '0')
                         as new_reference, shift
                from hb_seed s cross join generate_series(1, ?) n
                cross join lateral (select (now() - interval '1 day'
                    - ((((n * ? + s.s) * 0.6180339887498949) %% 1) * ? || ' days')::interval) - s.closed_at
                    as shift) t""".replace("%%", "%"), seeds, large / seeds + 1, seeds, SPREAD_DAYS);
        jdbc.execute("create index on hb_clone (reference, n)");
        report("cloning: %d root processes across the seed complaints; engine tables cloned: %s",
                jdbc.queryForObject("select count(*) from hb_root", Integer.class), engineTables());
    }

    private List<String> engineTables() {
        return jdbc.queryForList("""
                select table_name from information_schema.columns where table_schema = current_schema()
                and column_name = 'root_proc_inst_id_'
                and (table_name like 'act_hi_%' or table_name in ('act_ge_bytearray', 'act_ru_authorization'))
                order by table_name""", String.class);
    }

    private List<String> redressTables() {
        return jdbc.queryForList("""
                select table_name from information_schema.columns where table_schema = current_schema()
                and column_name = 'complaint_reference' and table_name not like 'hb_%' order by table_name""",
                String.class);
    }

    private void clone(int from, int to) {
        long start = System.nanoTime();
        int chunk = 100;
        for (int a = from; a <= to; a += chunk) {
            int b = Math.min(to, a + chunk - 1);
            for (String table : engineTables()) {
                jdbc.update(engineClone(table), a, b);
            }
            jdbc.update(redressClone("complaint", "reference"), a, b);
            for (String table : redressTables()) {
                jdbc.update(redressClone(table, "complaint_reference"), a, b);
            }
            report("cloning: copies %d-%d of each seed done, %.0f s", a, b, seconds(start));
        }
        jdbc.execute("vacuum analyze"); // what autovacuum does after a bulk load
        report("cloning: %d finished complaints after %.0f s", finished(), seconds(start));
    }

    private String engineClone(String table) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map<String, Object> column : columns(table)) {
            String name = (String) column.get("column_name");
            String type = (String) column.get("data_type");
            columns.add(name);
            String x = "x." + name;
            if (type.startsWith("timestamp")) {
                values.add(x + " + c.shift");
            } else if (!type.startsWith("character")) {
                values.add(x);
            } else if (name.equals("id_") || name.endsWith("id_") && !SHARED_IDS.contains(name)) {
                values.add("hb_id(" + x + ", c.n)");
            } else if (name.equals("business_key_") || name.equals("text_") || name.equals("text2_")) {
                values.add("case when " + x + " = r.reference then c.new_reference when " + x + " ~ '" + UUID
                        + "' then hb_id(" + x + ", c.n) else " + x + " end");
            } else {
                values.add(x);
            }
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " x join hb_root r on r.root_id = x.root_proc_inst_id_"
                + " join hb_clone c on c.reference = r.reference and c.n between ? and ?";
    }

    private String redressClone(String table, String referenceColumn) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map<String, Object> column : columns(table)) {
            String name = (String) column.get("column_name");
            String type = (String) column.get("data_type");
            columns.add(name);
            String x = "x." + name;
            if (name.equals(referenceColumn)) {
                values.add("c.new_reference");
            } else if (name.equals("id") && type.equals("bigint")) {
                values.add(x + " + c.n * 1000000000::bigint");
            } else if (name.equals("id") || name.equals("process_instance_id")) {
                values.add("hb_id(" + x + ", c.n)");
            } else if (name.equals("token_hash")) {
                values.add("md5(" + x + " || c.n) || md5(c.n || " + x + ")");
            } else if (type.startsWith("timestamp")) {
                values.add(x + " + c.shift");
            } else if (type.equals("date")) {
                values.add("(" + x + " + c.shift)::date");
            } else {
                values.add(x);
            }
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " x join hb_clone c on c.reference = x." + referenceColumn
                + " and c.n between ? and ?";
    }

    private List<Map<String, Object>> columns(String table) {
        return jdbc.queryForList("select column_name, data_type from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position", table);
    }

    private int finished() {
        return jdbc.queryForObject("select count(*) from complaint where status = 'CLOSED'", Integer.class);
    }

    /** A copy opens on the case page and in the complaint history plugin, letters and all. */
    private void checkClonedComplaintOpens() {
        String reference = clonedHarborough(3);
        StaffSession.Page page = StaffSession.signedIn(port, OFFICER).get("/complaints/" + reference);
        assertThat(page.status()).as("case page of " + reference).isEqualTo(200);
        assertThat(page.body()).contains(reference);
        WebAppSession auditor = WebAppSession.signIn(http, "auditors", "auditors", "cockpit");
        String api = "/camunda/api/cockpit/plugin/redress-history/default/complaints/" + reference;
        JsonNode summary = auditor.get(api).getBody();
        assertThat(summary.get("reference").asText()).isEqualTo(reference);
        List<String> groups = new ArrayList<>();
        summary.get("processes").forEach(process -> groups.add(process.get("group").asText()));
        // letters leave from the correspondence log, with no process of their own (the "letters" part below)
        assertThat(groups).contains("complaint");
        assertThat(auditor.get(api + "/steps").getBody().get("total").asInt()).isPositive();
        assertThat(auditor.get(api + "/letters").getBody().get("total").asInt()).isPositive();
        report("cloned complaint %s opens on the case page and in the history plugin (%s)", reference, groups);
    }

    /** The i-th copy of a Harborough seed complaint resolved informally (the officer's council). */
    private String clonedHarborough(int i) {
        return jdbc.queryForObject("""
                select c.new_reference from hb_clone c join hb_seed s on s.reference = c.reference
                join complaint k on k.reference = c.new_reference
                where s.s % 3 = 0 order by c.n, s.s offset ? limit 1""", String.class, i);
    }

    // ---- 2. bytes ----

    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        jdbc.query("""
                select c.relname, pg_total_relation_size(c.oid) from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r' and c.relname not like 'hb_%'""",
                row -> {
                    sizes.put(row.getString(1), row.getLong(2));
                });
        return sizes;
    }

    private void bytes(Map<String, Long> seeded, Map<String, Long> atSmall, Map<String, Long> atLarge, int small,
                       int large) {
        long total = atLarge.values().stream().mapToLong(Long::longValue).sum();
        long grew = total - atSmall.values().stream().mapToLong(Long::longValue).sum();
        report("bytes: database %,d MB at %,d finished complaints (%,d MB with the %d seeds only)", total >> 20,
                large, seeded.values().stream().mapToLong(Long::longValue).sum() >> 20, seeds);
        report("bytes: %,.0f bytes per finished complaint (growth from %,d to %,d, tables with their indexes and "
                + "TOAST)", (double) grew / (large - small), small, large);
        atLarge.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - atSmall.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> report("bytes:   %-28s %,8.0f bytes per complaint (%4.1f%%), %,d rows", e.getKey(),
                        (double) e.getValue() / (large - small), 100.0 * e.getValue() / grew, rows(e.getKey())));
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    // ---- 4. pages ----

    private void pages(int size) {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        List<String> harborough = jdbc.queryForList("""
                select c.new_reference from hb_clone c join hb_seed s on s.reference = c.reference
                join complaint k on k.reference = c.new_reference where s.s % 3 = 0
                order by md5(c.new_reference) limit ?""", String.class, queries + 10);
        LocalDate today = LocalDate.now(LONDON);
        int year = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        String lastYear = "?from=" + year + "-04-01&to=" + (year + 1) + "-03-31";
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("workspace list, first page", i -> "/complaints");
        kinds.put("workspace list, search by reference", i -> "/complaints?q=" + harborough.get(i % harborough.size()));
        kinds.put("case page of a finished complaint", i -> "/complaints/" + harborough.get(i % harborough.size()));
        kinds.put("reports dashboard (auditor, default)", i -> "/complaints/reports");
        kinds.put("reports dashboard (auditor, last financial year)", i -> "/complaints/reports" + lastYear);
        for (Map.Entry<String, IntFunction<String>> kind : kinds.entrySet()) {
            StaffSession who = kind.getKey().contains("auditor") ? auditor : officer;
            double[] p = percentiles(who, kind.getValue());
            double[] before = atSmall.putIfAbsent(kind.getKey(), p);
            report("pages: %,7d finished: %-50s p50 %7.1f ms  p95 %7.1f ms%s", size, kind.getKey(), p[0], p[1],
                    before == null ? "" : "  p50 %.2fx, p95 %.2fx the figures at %,d (target <= 1.2x)"
                            .formatted(p[0] / before[0], p[1] / before[1], small));
        }
    }

    private double[] percentiles(StaffSession who, IntFunction<String> path) {
        for (int i = 0; i < 5; i++) {
            get(who, path.apply(queries + i));
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            String asked = path.apply(i);
            long start = System.nanoTime();
            get(who, asked);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return new double[] {times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1)};
    }

    private static void get(StaffSession who, String path) {
        StaffSession.Page page = who.get(path);
        if (page.status() != 200) {
            throw new IllegalStateException(path + ": " + page.status());
        }
    }

    // ---- 3. cleanup ----

    private void cleanup(int size) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration();
        report("cleanup: strategy %s, removal time from %s, window %s-%s, batch size %d, degree of parallelism %d",
                configuration.getHistoryCleanupStrategy(), configuration.getHistoryRemovalTimeStrategy(),
                configuration.getHistoryCleanupBatchWindowStartTime(),
                configuration.getHistoryCleanupBatchWindowEndTime(), configuration.getHistoryCleanupBatchSize(),
                configuration.getHistoryCleanupDegreeOfParallelism());
        // tonight at 01:00 in London, inside the window: what is due then is a sixth of the complaints
        ZonedDateTime night = ZonedDateTime.of(LocalDate.now(LONDON).plusDays(1), LocalTime.of(1, 0), LONDON);
        ClockUtil.setCurrentTime(Date.from(night.toInstant()));
        Map<String, Long> dueBefore = due(night);
        long dueRows = dueBefore.values().stream().mapToLong(Long::longValue).sum();
        long dueComplaints = jdbc.queryForObject("""
                select count(*) from complaint k where k.status = 'CLOSED' and not exists (
                  select 1 from complaint_process p join act_hi_procinst h on h.proc_inst_id_ = p.process_instance_id
                  where p.complaint_reference = k.reference and (h.removal_time_ is null or h.removal_time_ > ?))""",
                Long.class, Date.from(night.toInstant()));
        report("cleanup: at %s %,d of %,d finished complaints are past their removal time; %,d engine rows due: %s",
                night, dueComplaints, size, dueRows, dueBefore);

        ManagementService management = processEngine.getManagementService();
        Job job = processEngine.getHistoryService().cleanUpHistoryAsync(true);
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(cleanupMinutes).toNanos();
        int runs = 0;
        long left = dueRows;
        while (left > 0 && System.nanoTime() < deadline) {
            for (Job each : processEngine.getHistoryService().findHistoryCleanupJobs()) {
                management.executeJob(each.getId());
                runs++;
            }
            if (runs % 20 == 0) {
                left = due(night).values().stream().mapToLong(Long::longValue).sum();
                report("cleanup: %d job runs, %.0f s, %,d engine rows still due", runs, seconds(start), left);
            }
        }
        left = due(night).values().stream().mapToLong(Long::longValue).sum();
        double engineSeconds = seconds(start);
        long removed = dueRows - left;
        double perSecond = removed / engineSeconds;
        report("cleanup: the engine removed %,d rows in %d job runs, %.0f s: %,.0f rows/s; %,d rows left%s", removed,
                runs, engineSeconds, perSecond, left, left > 0 ? " (stopped at the benchmark's time limit)" : "");
        double perComplaint = (double) dueRows / Math.max(1, dueComplaints);
        double yearComplaints = (double) size * 365 / SPREAD_DAYS;
        double yearHours = yearComplaints * perComplaint / perSecond / 3600;
        report("cleanup: %.0f engine rows per finished complaint; a year's worth (%,.0f complaints at this size) "
                + "takes %.2f h of the 4 h window (01:00-05:00)", perComplaint, yearComplaints, yearHours);
        report("cleanup: job id %s", job == null ? "none" : job.getId());

        sweep(size);
        ClockUtil.reset();
    }

    /** Redress's retention sweep, tonight after the engine's window, over every complaint past its six years. */
    private void sweep(int size) {
        ZonedDateTime night = ZonedDateTime.of(LocalDate.now(LONDON).plusDays(1), LocalTime.of(5, 30), LONDON);
        ClockUtil.setCurrentTime(Date.from(night.toInstant()));
        double yearComplaints = (double) size * 365 / SPREAD_DAYS;
        long start = System.nanoTime();
        int anonymised = 0;
        int swept;
        do {
            swept = retention.sweep();
            anonymised += swept;
        } while (swept > 0 && seconds(start) < cleanupMinutes * 60);
        double sweepSeconds = seconds(start);
        report("cleanup: Redress's retention sweep made %,d complaints anonymous in %.1f s (%,.0f complaints/s); "
                + "a year's worth takes %.1f min", anonymised, sweepSeconds, anonymised / sweepSeconds,
                yearComplaints / (anonymised / sweepSeconds) / 60);
        ClockUtil.reset();
    }

    /** Engine rows whose removal time has passed at {@code at}, per table. */
    private Map<String, Long> due(ZonedDateTime at) {
        Map<String, Long> due = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.columns where table_schema = current_schema()
                and column_name = 'removal_time_'
                and (table_name not like 'act_ru_%' or table_name = 'act_ru_authorization') order by table_name""",
                String.class)) {
            long count = jdbc.queryForObject("select count(*) from " + table + " where removal_time_ <= ?", Long.class,
                    Date.from(at.toInstant()));
            if (count > 0) {
                due.put(table, count);
            }
        }
        return due;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void report(String format, Object... values) {
        System.out.println("history benchmark: " + format.formatted(values));
    }

    static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }
}
