package uk.redress.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import uk.redress.RedressApplication;
import uk.redress.TestMailServer;
import uk.redress.ownership.ComplaintProcesses;

/**
 * Does the cost of Redress's everyday work stay flat as open tasks pile up? One run, one database: open complaints
 * with a waiting task each are added in bulk ({@link OpenTaskRows}) to 1,000, then 2,000, 10,000 and 100,000, and
 * straight after each bulk (the benchmark never runs ANALYZE: the planner has whatever statistics autovacuum gathered
 * while the bulk went in; {@code -Dredress.benchmark.growth.autovacuum=false} switches autovacuum off on the
 * benchmark's tables, so that the engine's tables are never analyzed, as after a restore) it measures:
 * <ul>
 *   <li>an intake ({@code POST /api/complaints}), a stage-1 lifecycle (intake, then the respond task completed
 *   through {@code /engine-rest}, Warwickshire adult social care) and a task completion alone: SQL statements
 *   (at the data source, letter delivery included), rows read ({@code pg_stat_user_tables}: {@code seq_tup_read +
 *   idx_tup_fetch}, by table) and the median time of one;</li>
 *   <li>the Tasklist filters Redress makes for staff ({@code /engine-rest/filter/{id}/list}, as Tasklist asks,
 *   for a member of one team) and the plain "my group's tasks by due date" query: p50 and p95;</li>
 *   <li>the workspace's complaints list (first page, filtered by team, overdue) as a signed-in officer: p50 and
 *   p95.</li>
 * </ul>
 * Each figure is printed with its ratio to the first level, against a target of 1.2x, and written to
 * {@code target/benchmark/growth/results.md}. PostgreSQL when {@code REDRESS_BENCH_PG_URL} names a server (the
 * database {@code redress_growth} is made afresh; {@code -Dredress.benchmark.growth.db=}); otherwise H2 files, with
 * no rows-read figures. Asserts nothing about speed.
 */
final class GrowthBenchmark {

    static final String RATIO_TARGET = "<= 1.2x";
    private static final double TARGET = 1.2;
    private static final Path OUT = Path.of("target", "benchmark");
    private static final String TASKLIST_MEMBER = "harborough-service-officers";
    private static final String OFFICER = "harborough-complaints-officers";
    private static final String ASC = "warwickshire-adult-social-care";
    private static final String[] TEAMS = {"harborough-service-officers", "harborough-complaints-officers"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String RESPOND = """
            {"variables":{"responseAction":{"value":"respond"},"responseOutcome":{"value":"upheld"},
             "responseSummary":{"value":"Put right"},"responseText":{"value":"We have put it right."}}}""";

    /**
     * @param levels     open tasks at which each measurement is made, in increasing order
     * @param samples    intakes, lifecycles and completions measured a level
     * @param queries    Tasklist and list queries timed a level, per kind
     * @param autovacuum leave PostgreSQL's autovacuum (and so its automatic ANALYZE) on for the benchmark's tables
     */
    record Sizes(List<Integer> levels, int samples, int queries, boolean autovacuum) {

        static Sizes full() {
            String levels = System.getProperty("redress.benchmark.growth.levels", "1000,2000,10000,100000");
            return new Sizes(java.util.Arrays.stream(levels.split(",")).map(String::strip).map(Integer::valueOf)
                    .toList(), Integer.getInteger("redress.benchmark.growth.samples", 20),
                    Integer.getInteger("redress.benchmark.growth.queries", 50),
                    Boolean.parseBoolean(System.getProperty("redress.benchmark.growth.autovacuum", "true")));
        }

        static Sizes smoke() {
            return new Sizes(List.of(20, 40), 2, 3, true);
        }
    }

    private final Sizes sizes;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String pgServer = System.getenv("REDRESS_BENCH_PG_URL");
    private final String pgUser = System.getenv().getOrDefault("REDRESS_BENCH_PG_USER", "postgres");
    private final String pgDatabase = System.getProperty("redress.benchmark.growth.db", "redress_growth");
    private final StatementCounter statements = new StatementCounter();
    private final AtomicInteger unique = new AtomicInteger();
    /** Figure name to its value at each level, in the order measured. */
    private final Map<String, List<Double>> figures = new LinkedHashMap<>();
    /** What was read, by table, for each unit of work at each level. */
    private final List<String> reads = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int port;
    private ProcessEngine engine;

    GrowthBenchmark(Sizes sizes) {
        this.sizes = sizes;
    }

    private boolean postgres() {
        return pgServer != null && !pgServer.isBlank();
    }

    /** The figures, each with one value a level; written to {@code target/benchmark/growth/results.md}. */
    Map<String, List<Double>> run() throws Exception {
        String url;
        if (postgres()) {
            try (Connection connection = DriverManager.getConnection(pgServer + "postgres", pgUser, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + pgDatabase);
                statement.execute("create database " + pgDatabase);
            }
            url = pgServer + pgDatabase;
        } else {
            FileSystemUtils.deleteRecursively(OUT.resolve("growth-db"));
            Path dir = Files.createDirectories(OUT.resolve("growth-db").toAbsolutePath());
            url = "jdbc:h2:file:" + dir.resolve("redress") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
        TestMailServer.start();
        ConfigurableApplicationContext redress = new SpringApplicationBuilder(RedressApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                                ? statements.wrap(dataSource) : bean;
                    }
                }))
                .run(BenchmarkSuite.arguments(url, postgres() ? pgUser : "sa"));
        try {
            port = Integer.parseInt(redress.getEnvironment().getProperty("local.server.port"));
            engine = redress.getBean(ProcessEngine.class);
            statements.ignore(Thread.currentThread());
            DataSource dataSource = redress.getBean(DataSource.class);
            OpenTaskRows rows = new OpenTaskRows(dataSource, engine, redress.getBean(ComplaintProcesses.class),
                    sizes.levels().get(0));
            rows.deployTaskModel();
            if (postgres() && !sizes.autovacuum()) {
                autovacuumOff();
            }
            // the first requests of a fresh application are slow for reasons that have nothing to do with size
            for (int i = 0; i < Math.max(3, sizes.samples()); i++) {
                intake();
                lifecycle();
            }
            int open = 0;
            for (int level : sizes.levels()) {
                long start = System.nanoTime();
                rows.insert(open, level);
                notes.add("%,d open tasks: %,d added in %.0f s; then %s".formatted(level, level - open,
                        (System.nanoTime() - start) / 1e9, statistics()));
                open = level;
                measureLevel(level);
                write(); // so far: a long run can be followed, and a failed one still tells something
            }
        } finally {
            redress.close();
        }
        System.out.println(write());
        return figures;
    }

    private String write() throws java.io.IOException {
        String report = report();
        Files.createDirectories(OUT.resolve("growth"));
        Files.writeString(OUT.resolve("growth").resolve("results.md"), report);
        return report;
    }

    // ---- one level ----

    private void measureLevel(int level) throws Exception {
        work(level, "intake", () -> time(this::intake));
        work(level, "stage-1 lifecycle", () -> time(this::lifecycle));
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < sizes.samples(); i++) {
            tasks.add(taskOf(intake()));
        }
        AtomicInteger next = new AtomicInteger();
        work(level, "task completion", () -> time(() -> {
            complete(tasks.get(next.getAndIncrement()));
            return null;
        }));

        tasklistFilters(TASKLIST_MEMBER, "");
        // the same for a team whose own open tasks stay at a quarter of the first level: what the database's growth
        // alone does to a team's Tasklist, apart from the team's own workload
        tasklistFilters(OpenTaskRows.FIXED_TEAM, ", a team whose open tasks stay at " + sizes.levels().get(0) / 4);
        latencies("Tasklist group query by due date", i -> {
            require(send(TASKLIST_MEMBER, "GET", "/engine-rest/task?candidateGroups=" + TASKLIST_MEMBER
                    + "&includeAssignedTasks=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15", null,
                    "application/json"), 200);
            return null;
        });
        Officer officer = new Officer();
        latencies("complaints list: first page", i -> officer.list("page=1"));
        latencies("complaints list: filter by team", i -> officer.list("team=" + TEAMS[i % 2]));
        latencies("complaints list: filter overdue", i -> officer.list("due=overdue"));
    }

    interface Unit {
        double run() throws Exception;
    }

    /**
     * {@code samples} units of work, one at a time, each after the job executor has caught up (so that its
     * letters are counted with it): SQL statements, rows read and the median milliseconds of one.
     */
    private void work(int level, String name, Unit unit) throws Exception {
        awaitIdleJobExecutor();
        Map<String, long[]> before = tableReads();
        long[] counted = statements.snapshot();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < sizes.samples(); i++) {
            millis.add(unit.run());
        }
        awaitIdleJobExecutor();
        double perUnit = statements.perUnit(counted, sizes.samples())[0];
        figure(name + ": SQL statements", perUnit);
        if (postgres()) {
            Map<String, long[]> read = difference(before, tableReads());
            double rows = read.values().stream().mapToLong(r -> r[0] + r[1]).sum() / (double) sizes.samples();
            figure(name + ": rows read", rows);
            reads.add("| %,d | %s | %s |".formatted(level, name, read.entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                    .limit(6).map(e -> "%s %.0f%s".formatted(e.getKey(),
                            (e.getValue()[0] + e.getValue()[1]) / (double) sizes.samples(),
                            e.getValue()[2] > 0 ? " (%.1f full scans, %.0f rows)".formatted(
                                    e.getValue()[2] / (double) sizes.samples(), e.getValue()[0] / (double) sizes.samples())
                                    : ""))
                    .collect(Collectors.joining(", "))));
        }
        Collections.sort(millis);
        figure(name + ": ms (median)", millis.get(millis.size() / 2));
    }

    /** Timed queries: p50 and p95 in milliseconds, after a few untimed ones. */
    private void latencies(String name, IntFunction<Object> query) throws Exception {
        for (int i = 0; i < Math.min(10, sizes.queries()); i++) {
            query.apply(1_000 + i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < sizes.queries(); i++) {
            long start = System.nanoTime();
            query.apply(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        figure(name + ": p50 ms", millis.get(millis.size() / 2));
        figure(name + ": p95 ms", millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
    }

    private void figure(String name, double value) {
        figures.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    // ---- Redress work through its APIs ----

    private interface Call<T> {
        T call() throws Exception;
    }

    private static double time(Call<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private String intake() throws Exception {
        int n = unique.incrementAndGet();
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        HttpResponse<String> response = send(ASC, "POST", "/api/complaints", """
                {"procedure":"%s","receivedOn":"%s","channel":"EMAIL",
                 "complainant":{"name":"Growth %d","email":"growth.%d@example.org"},
                 "serviceArea":"Growth %d","summary":"Benchmark complaint","eventDate":"%s"}"""
                .formatted(ASC, today, n, n, n, today), "application/json");
        require(response, 201);
        return json.readTree(response.body()).get("reference").asText();
    }

    /** Taken in, and the stage 1 response made by the team, until the complaint closes. */
    private Void lifecycle() throws Exception {
        complete(taskOf(intake()));
        return null;
    }

    private String taskOf(String reference) throws Exception {
        JsonNode tasks = json.readTree(require(send(ASC, "GET", "/engine-rest/task?processInstanceBusinessKey="
                + reference, null, "application/json"), 200).body());
        if (tasks.size() != 1) {
            throw new IllegalStateException(ASC + " sees " + tasks.size() + " tasks on " + reference);
        }
        return tasks.get(0).get("id").asText();
    }

    private void complete(String task) throws Exception {
        require(send(ASC, "POST", "/engine-rest/task/" + task + "/complete", RESPOND, "application/json"), 204);
    }

    /** Each Tasklist filter the member may use, listed as Tasklist lists it (a page and the count). */
    private void tasklistFilters(String member, String whose) throws Exception {
        for (Map.Entry<String, String> filter : filters(member).entrySet()) {
            latencies("Tasklist filter \"" + filter.getKey() + "\"" + whose, i -> {
                HttpResponse<String> page = send(member, "POST", "/engine-rest/filter/" + filter.getValue()
                        + "/list?firstResult=0&maxResults=15", "{}", "application/hal+json");
                require(page, 200);
                return null;
            });
        }
    }

    /** The Tasklist filters the member may use, by name. */
    private Map<String, String> filters(String member) throws Exception {
        Map<String, String> filters = new TreeMap<>();
        for (JsonNode filter : json.readTree(require(send(member, "GET", "/engine-rest/filter?resourceType=Task",
                null, "application/json"), 200).body())) {
            filters.put(filter.get("name").asText(), filter.get("id").asText());
        }
        if (filters.isEmpty()) {
            throw new IllegalStateException("no Tasklist filters");
        }
        return filters;
    }

    private HttpResponse<String> send(String user, String method, String path, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept).timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    /** The officer signed in to the workspace through its sign-in form, as a browser would. */
    private final class Officer {

        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String base = "http://127.0.0.1:" + port;

        Officer() throws Exception {
            Matcher token = CSRF.matcher(get("/complaints/sign-in"));
            if (!token.find()) {
                throw new IllegalStateException("no sign-in form");
            }
            browser.send(HttpRequest.newBuilder(URI.create(base + "/complaints/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + OFFICER + "&password=" + OFFICER
                            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        String list(String query) {
            String page = get("/complaints?" + query);
            if (!page.contains("id=\"result-count\"") || page.contains("<span>0</span> <span>complaints</span>")) {
                throw new IllegalStateException("no complaint listed for " + query);
            }
            return page;
        }

        private String get(String path) {
            try {
                HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                return require(response, 200).body();
            } catch (Exception e) {
                throw new IllegalStateException(path, e);
            }
        }
    }

    // ---- the database's own counts ----

    /** Waits until no job is due: the letters of the work just done have been delivered. */
    private void awaitIdleJobExecutor() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (engine.getManagementService().createJobQuery().executable().count() > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the job executor did not catch up within two minutes");
            }
            Thread.sleep(100);
        }
        Thread.sleep(300); // a job acquired just before the count may still be committing
    }

    private Connection monitor() throws Exception {
        return DriverManager.getConnection(pgServer + pgDatabase, pgUser, "");
    }

    /**
     * Rows read so far by table (seq_tup_read, idx_tup_fetch, seq_scan). A PostgreSQL server process reports its
     * counts at most once a second, and one that goes idle within a second of its last report waits ten seconds
     * (PostgreSQL 15's PGSTAT_IDLE_INTERVAL): this waits for the application's connections to have reported.
     */
    private Map<String, long[]> tableReads() throws Exception {
        if (!postgres()) {
            return Map.of();
        }
        Thread.sleep(11_000);
        Map<String, long[]> reads = new TreeMap<>();
        try (Connection connection = monitor(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select relname, seq_tup_read, coalesce(idx_tup_fetch, 0),"
                     + " seq_scan from pg_stat_user_tables")) {
            while (rs.next()) {
                reads.put(rs.getString(1).toUpperCase(Locale.ROOT), new long[] {rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)});
            }
        }
        return reads;
    }

    private static Map<String, long[]> difference(Map<String, long[]> before, Map<String, long[]> after) {
        Map<String, long[]> read = new TreeMap<>();
        after.forEach((table, counts) -> {
            long[] was = before.getOrDefault(table, new long[3]);
            long[] delta = {counts[0] - was[0], counts[1] - was[1], counts[2] - was[2]};
            if (delta[0] + delta[1] > 0) {
                read.put(table, delta);
            }
        });
        return read;
    }

    /** Switches off autovacuum (and with it automatic ANALYZE) on the benchmark database's own tables. */
    private void autovacuumOff() throws Exception {
        try (Connection connection = monitor(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select relname from pg_stat_user_tables")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                statement.execute("alter table \"" + table + "\" set (autovacuum_enabled = false)");
            }
        }
    }

    /** When the task and authorization tables' statistics were last gathered, and for how many rows. */
    private String statistics() throws Exception {
        if (!postgres()) {
            return "H2";
        }
        try (Connection connection = monitor(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select s.relname, s.n_live_tup, c.reltuples, s.n_mod_since_analyze,
                            greatest(s.last_analyze, s.last_autoanalyze) is not null
                     from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                     where s.relname in ('act_ru_task', 'act_ru_authorization') order by s.relname""")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add("%s %,d rows, planner's statistics %s (%,d changed since)".formatted(rs.getString(1),
                        rs.getLong(2), rs.getBoolean(5) ? "for %,.0f rows".formatted(rs.getDouble(3))
                                : "never gathered", rs.getLong(4)));
            }
            return String.join("; ", tables);
        }
    }

    // ---- the report ----

    private String report() {
        List<Integer> levels = sizes.levels();
        StringBuilder out = new StringBuilder("Run ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(", ")
                .append(postgres() ? "PostgreSQL" : "H2 (file)").append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append("; ").append(sizes.samples())
                .append(" units and ").append(sizes.queries()).append(" queries a level; autovacuum ")
                .append(sizes.autovacuum() || !postgres() ? "as the server has it" : "off (tables never analyzed)")
                .append("\n\n| figure |");
        levels.forEach(level -> out.append(" %,d open tasks |".formatted(level)));
        out.append(" largest ratio | target | |\n|---|");
        levels.forEach(level -> out.append("---:|"));
        out.append("---:|---|---|\n");
        figures.forEach((name, values) -> {
            out.append("| ").append(name).append(" |");
            double worst = 0;
            for (int i = 0; i < values.size(); i++) {
                out.append(' ').append(format(values.get(i)));
                if (i > 0) {
                    double ratio = ratio(values.get(i), values.get(0));
                    worst = Math.max(worst, ratio);
                    out.append(" (%.2fx)".formatted(ratio));
                }
                out.append(" |");
            }
            out.append(" |".repeat(Math.max(0, levels.size() - values.size()))); // levels not measured yet
            out.append(" %.2fx | %s | %s |\n".formatted(worst, RATIO_TARGET, worst <= TARGET ? "met" : "NOT met"));
        });
        if (!reads.isEmpty()) {
            out.append("\nRows read per unit of work, by table (the six largest):\n\n| open tasks | work | rows read |\n"
                    + "|---:|---|---|\n");
            reads.forEach(line -> out.append(line).append('\n'));
        }
        out.append('\n');
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
        return out.toString();
    }

    /** A figure against the first level's; a count of nothing against nothing is flat. */
    static double ratio(double value, double first) {
        if (first == 0) {
            return value == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return value / first;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
                value);
    }
}
