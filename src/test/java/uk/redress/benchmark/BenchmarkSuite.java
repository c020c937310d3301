package uk.redress.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import uk.redress.RedressApplication;
import uk.redress.TestMailServer;

/**
 * Redress against the bare engine it is built on, in one run on one machine and one kind of database, so the
 * figures that matter are ratios. Prints a table and writes {@code target/benchmark/results.md} and {@code .csv}.
 * H2 files under {@code target/benchmark/db} by default; PostgreSQL when {@code REDRESS_BENCH_PG_URL} names a
 * server ({@code jdbc:postgresql://127.0.0.1:5432/}, user {@code REDRESS_BENCH_PG_USER}): the suite then makes the
 * databases {@code redress_bench} and {@code redress_bench_bare} afresh.
 */
final class BenchmarkSuite {

    private static final Path OUT = Path.of("target", "benchmark");
    private static final int[] THREADS = {1, 4};
    /** The targets: a lifecycle at 40% of the bare engine's rate, an intake at half its starts (80% and 90% at first). */
    private static final double LIFECYCLE_TARGET = 0.4;
    private static final double INTAKE_TARGET = 0.5;

    private static String atLeast(double share) {
        return ">= %.0f%%".formatted(share * 100);
    }

    private final BenchmarkSizes sizes;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String pgServer = System.getenv("REDRESS_BENCH_PG_URL");
    private final String pgUser = System.getenv().getOrDefault("REDRESS_BENCH_PG_USER", "postgres");
    private final AtomicInteger unique = new AtomicInteger();
    private final StatementCounter bareStatements = new StatementCounter();
    private final StatementCounter redressStatements = new StatementCounter();
    private int port;

    BenchmarkSuite(BenchmarkSizes sizes) {
        this.sizes = sizes;
    }

    private boolean postgres() {
        return pgServer != null && !pgServer.isBlank();
    }

    private String database(String name) throws Exception {
        if (postgres()) {
            try (Connection connection = DriverManager.getConnection(pgServer + "postgres", pgUser, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
                statement.execute("create database " + name);
            }
            return pgServer + name;
        }
        Path dir = OUT.resolve("db").toAbsolutePath();
        Files.createDirectories(dir);
        return "jdbc:h2:file:" + dir.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    BenchmarkResults run() throws Exception {
        FileSystemUtils.deleteRecursively(OUT.resolve("db"));
        String setting = "%s, %d cores, Java %s, %s".formatted(postgres() ? "PostgreSQL" : "H2 (file)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"));
        BenchmarkResults results = new BenchmarkResults(setting);
        double[] bareLifecycles = new double[THREADS.length];
        double[] bareStarts = new double[THREADS.length];
        double[][] bareWork = new double[2][];

        // 1. the ceiling: the bare engine
        try (BareEngine bare = new BareEngine(database("redress_bench_bare"), postgres() ? pgUser : "sa", "",
                bareStatements)) {
            repeat(1, Math.max(10, sizes.lifecyclesPerThreadCount() / 4), bare::lifecycle); // warm-up
            for (int t = 0; t < THREADS.length; t++) {
                bareLifecycles[t] = repeat(THREADS[t], sizes.lifecyclesPerThreadCount(), bare::lifecycle);
                results.add("1 baseline (bare engine)", "lifecycles/s, " + THREADS[t] + " thread(s)",
                        bareLifecycles[t], "/s");
                bareStarts[t] = repeat(THREADS[t], sizes.intakes(), () -> bare.start());
                results.add("1 baseline (bare engine)", "starts/s, " + THREADS[t] + " thread(s)", bareStarts[t], "/s");
            }
            long[] before = bareStatements.snapshot();
            repeat(1, workSample(), () -> bare.start());
            bareWork[0] = bareStatements.perUnit(before, workSample());
            before = bareStatements.snapshot();
            repeat(1, workSample(), bare::lifecycle);
            bareWork[1] = bareStatements.perUnit(before, workSample());
        }

        TestMailServer.start();
        ConfigurableApplicationContext redress = startRedress(database("redress_bench"));
        try {
            port = Integer.parseInt(redress.getEnvironment().getProperty("local.server.port"));
            ProcessEngine engine = redress.getBean(ProcessEngine.class);

            // 2. Redress lifecycles through its API, for Harborough and Warwickshire adult social care
            repeat(1, 5, this::harboroughLifecycle);
            repeat(1, 5, this::adultSocialCareLifecycle);
            for (int t = 0; t < THREADS.length; t++) {
                double harborough = repeat(THREADS[t], sizes.lifecyclesPerThreadCount(), this::harboroughLifecycle);
                double ratio = harborough / bareLifecycles[t];
                results.add("2 Redress lifecycle", "harborough-corporate, " + THREADS[t] + " thread(s)", harborough,
                        "/s", "%.0f%% of baseline".formatted(ratio * 100), atLeast(LIFECYCLE_TARGET), ratio >= LIFECYCLE_TARGET);
                double asc = repeat(THREADS[t], sizes.lifecyclesPerThreadCount(), this::adultSocialCareLifecycle);
                ratio = asc / bareLifecycles[t];
                results.add("2 Redress lifecycle", "warwickshire-adult-social-care, " + THREADS[t] + " thread(s)",
                        asc, "/s", "%.0f%% of baseline".formatted(ratio * 100), atLeast(LIFECYCLE_TARGET), ratio >= LIFECYCLE_TARGET);
            }

            // 3. intake alone
            for (int t = 0; t < THREADS.length; t++) {
                double intake = repeat(THREADS[t], sizes.intakes(), () -> intake("harborough-corporate",
                        "harborough-complaints-officers"));
                double ratio = intake / bareStarts[t];
                results.add("3 intake alone", "POST /api/complaints, " + THREADS[t] + " thread(s)", intake, "/s",
                        "%.0f%% of bare starts".formatted(ratio * 100), atLeast(INTAKE_TARGET), ratio >= INTAKE_TARGET);
            }

            if (Boolean.getBoolean("redress.benchmark.throughput-only")) {
                // sections 1-3 and 7 only: the ratios to the bare engine and the work behind them, in minutes
                databaseWork(engine, bareWork, results);
                results.write(OUT);
                System.out.println(results.table());
                return results;
            }

            // 4. waiting deadline timers, fired by the job executor
            engine.getRepositoryService().createDeployment().name("benchmark")
                    .addModelInstance("benchmark-deadline.bpmn", deadlineModel())
                    .addModelInstance("benchmark-task.bpmn", taskModel()).deploy();
            List<Double> perJob = new ArrayList<>();
            for (int size : sizes.timers()) {
                double ms = timers(engine, size);
                perJob.add(ms);
                results.add("4 timers at scale", size + " waiting timers: cost per fired job", ms, "ms");
            }
            double growth = perJob.get(perJob.size() - 1) / perJob.get(0);
            results.add("4 timers at scale", "per-job cost " + sizes.timers().get(sizes.timers().size() - 1) + " vs "
                    + sizes.timers().get(0), growth, "x", "", "<= 1.5x", growth <= 1.5);

            // 5. Tasklist: a team's open tasks by due date, first page
            tasklist(engine, results);

            // 7. the profile behind the ratios: database work per intake and per lifecycle, letters included
            databaseWork(engine, bareWork, results);
        } finally {
            redress.close();
            ClockUtil.reset();
        }

        // 6. start-up and memory of the packaged application
        if (sizes.startup()) {
            startup(results);
        }
        results.write(OUT);
        System.out.println(results.table());
        return results;
    }

    private ConfigurableApplicationContext startRedress(String url) {
        return new SpringApplicationBuilder(RedressApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                                ? redressStatements.wrap(dataSource) : bean;
                    }
                }))
                .run(arguments(url, postgres() ? pgUser : "sa"));
    }

    /** Redress as the benchmarks start it: on a free port, on the given database, quiet. */
    static String[] arguments(String url, String user) {
        return new String[] {
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--camunda.bpm.generate-unique-process-engine-name=false",
                "--spring.jmx.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(),
                "--logging.level.root=warn",
                "--logging.level.com.icegreen=warn"};
    }

    // ---- Redress work through its APIs ----

    private String intake(String procedure, String user) throws Exception {
        int n = unique.incrementAndGet();
        String body = """
                {"procedure":"%s","receivedOn":"%s","channel":"EMAIL",
                 "complainant":{"name":"Bench %d","email":"bench.%d@example.org"},
                 "serviceArea":"Bench %d","summary":"Benchmark complaint","eventDate":"%s"}"""
                .formatted(procedure, today(), n, n, n, today());
        HttpResponse<String> response = send(user, "POST", "/api/complaints", body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("intake " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).get("reference").asText();
    }

    private void harboroughLifecycle() throws Exception {
        String reference = intake("harborough-corporate", "harborough-complaints-officers");
        complete("harborough-service-officers", reference,
                "{\"informalOutcome\":{\"value\":\"resolved\"},\"informalActionsSummary\":{\"value\":\"Done\"},"
                        + "\"responseText\":{\"value\":\"Done\"}}");
        // the 90-day escalation window passes: run its timer as the job executor would when it is due
        JsonNode timer = json.readTree(send("demo", "GET", "/engine-rest/job?timers=true&processInstanceId="
                + processInstance(reference), null).body());
        send("demo", "POST", "/engine-rest/job/" + timer.get(0).get("id").asText() + "/execute", null);
        requireEnded(reference);
    }

    private void adultSocialCareLifecycle() throws Exception {
        String reference = intake("warwickshire-adult-social-care", "warwickshire-adult-social-care");
        complete("warwickshire-adult-social-care", reference, """
                {"responseAction":{"value":"respond"},"responseOutcome":{"value":"upheld"},
                 "responseSummary":{"value":"Put right"},"responseText":{"value":"We have put it right."}}""");
        requireEnded(reference);
    }

    private String processInstance(String reference) throws Exception {
        return json.readTree(send("demo", "GET", "/api/complaints/" + reference, null).body())
                .get("processInstanceId").asText();
    }

    private void complete(String user, String reference, String variables) throws Exception {
        JsonNode tasks = json.readTree(send(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + reference,
                null).body());
        if (tasks.size() != 1) {
            throw new IllegalStateException(user + " sees " + tasks.size() + " tasks on " + reference + ": " + tasks);
        }
        HttpResponse<String> done = send(user, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText()
                + "/complete", "{\"variables\":" + variables + "}");
        if (done.statusCode() != 204) {
            throw new IllegalStateException("complete " + done.statusCode() + ": " + done.body());
        }
    }

    private void requireEnded(String reference) throws Exception {
        JsonNode status = json.readTree(send("demo", "GET", "/api/complaints/" + reference, null).body());
        if (!"CLOSED".equals(status.get("status").asText())) {
            throw new IllegalStateException(reference + " did not close: " + status);
        }
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("")
                    : HttpRequest.BodyPublishers.noBody());
            if (method.equals("POST")) {
                request.header("Content-Type", "application/json");
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    }

    private int workSample() {
        return sizes.quick() ? 3 : 50;
    }

    /**
     * SQL statements and commits per unit of work, counted at the data source, one thread at a time, once the job
     * executor has nothing left to do (so each intake's letter delivery is counted with it). The benchmark thread's
     * own polling is not counted; the HTTP requests' authentication and authorization checks are.
     */
    private void databaseWork(ProcessEngine engine, double[][] bareWork, BenchmarkResults results) throws Exception {
        redressStatements.ignore(Thread.currentThread());
        String[] units = {"intake", "lifecycle (Harborough)", "lifecycle (Warwickshire adult social care)"};
        Work[] work = {() -> intake("harborough-corporate", "harborough-complaints-officers"),
                this::harboroughLifecycle, this::adultSocialCareLifecycle};
        for (int i = 0; i < units.length; i++) {
            awaitIdleJobExecutor(engine);
            long[] before = redressStatements.snapshot();
            repeat(1, workSample(), work[i]);
            awaitIdleJobExecutor(engine);
            double[] redress = redressStatements.perUnit(before, workSample());
            double[] bare = bareWork[i == 0 ? 0 : 1];
            String bareUnit = i == 0 ? "bare start" : "bare lifecycle";
            results.add("7 database work", "SQL statements per " + units[i], redress[0], "",
                    "%.1fx the %s (%.0f)".formatted(redress[0] / bare[0], bareUnit, bare[0]));
            results.add("7 database work", "commits per " + units[i], redress[1], "",
                    "%.1fx the %s (%.0f)".formatted(redress[1] / bare[1], bareUnit, bare[1]));
        }
    }

    /** Waits until no job is due: the letters of the work just done have been delivered. */
    private static void awaitIdleJobExecutor(ProcessEngine engine) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (engine.getManagementService().createJobQuery().executable().count() > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the job executor did not catch up within two minutes");
            }
            Thread.sleep(50);
        }
        Thread.sleep(200); // a job acquired just before the count may still be committing
    }

    // ---- timers and Tasklist at scale, on Redress's engine and database ----

    /** A deadline timer as Redress's diagrams have them: a task due on a date, with a timer boundary on that date. */
    static BpmnModelInstance deadlineModel() {
        return Bpmn.createExecutableProcess("benchmark-deadline").camundaHistoryTimeToLive(1)
                .startEvent().userTask("waiting").camundaCandidateGroups("benchmark-team").camundaDueDate("${due}")
                .boundaryEvent("overdue").timerWithDate("${due}").endEvent("breach")
                .moveToActivity("waiting").endEvent("done").done();
    }

    static BpmnModelInstance taskModel() {
        return Bpmn.createExecutableProcess("benchmark-task").camundaHistoryTimeToLive(1)
                .startEvent().userTask("open").camundaCandidateGroups("benchmark-team").camundaDueDate("${due}")
                .endEvent().done();
    }

    /**
     * Set-up, not measured: starts {@code count} instances, 500 to a transaction on 4 threads, so that 100,000
     * waiting timers or open tasks take minutes rather than an hour to create.
     */
    private void startMany(ProcessEngine engine, String key, int count, java.util.function.IntFunction<Date> due)
            throws Exception {
        var commands = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getCommandExecutorTxRequired();
        AtomicInteger next = new AtomicInteger();
        parallel(4, () -> {
            while (next.get() < count) {
                commands.execute(context -> {
                    for (int n = 0; n < 500; n++) {
                        int i = next.getAndIncrement();
                        if (i >= count) {
                            break;
                        }
                        engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("due", due.apply(i)));
                    }
                    return null;
                });
            }
            return null;
        });
    }

    /**
     * Milliseconds of job-executor time per fired timer, with {@code count} timers waiting: timed from the first
     * firing (the executor may be idling when the clock moves) until none is left.
     */
    private double timers(ProcessEngine engine, int count) throws Exception {
        ClockUtil.reset();
        Date dueTomorrow = new Date(System.currentTimeMillis() + 86_400_000L);
        startMany(engine, "benchmark-deadline", count, i -> dueTomorrow);
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 2 * 86_400_000L));
        var jobs = engine.getManagementService().createJobQuery().processDefinitionKey("benchmark-deadline")
                .timers();
        long waiting;
        while ((waiting = jobs.count()) == count) {
            Thread.sleep(20);
        }
        long start = System.nanoTime();
        while (jobs.count() > 0) {
            Thread.sleep(count > 10_000 ? 500 : 50);
        }
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        ClockUtil.reset();
        return elapsedMs / waiting;
    }

    private void tasklist(ProcessEngine engine, BenchmarkResults results) throws Exception {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId("benchmark-team").count() == 0) {
            identity.saveGroup(identity.newGroup("benchmark-team"));
            User user = identity.newUser("benchmark-user");
            user.setPassword("benchmark-user");
            identity.saveUser(user);
            identity.createMembership("benchmark-user", "benchmark-team");
        }
        int open = 0;
        long day = 86_400_000L;
        long base = System.currentTimeMillis();
        for (int level : sizes.openTasks()) {
            startMany(engine, "benchmark-task", level - open, i -> new Date(base + ((i * 7919L) % 90) * day));
            open = level;
            settle();
            String query = "/engine-rest/task?candidateGroups=benchmark-team&sortBy=dueDate&sortOrder=asc"
                    + "&firstResult=0&maxResults=15";
            for (int i = 0; i < 10; i++) {
                send("benchmark-user", "GET", query, null); // warm-up
            }
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < sizes.tasklistQueries(); i++) {
                long start = System.nanoTime();
                HttpResponse<String> page = send("benchmark-user", "GET", query, null);
                latencies.add((System.nanoTime() - start) / 1e6);
                if (page.statusCode() != 200 || json.readTree(page.body()).size() != Math.min(15, level)) {
                    throw new IllegalStateException("task page: " + page.statusCode() + " " + page.body());
                }
            }
            Collections.sort(latencies);
            double p50 = latencies.get(latencies.size() / 2);
            double p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
            results.add("5 Tasklist at scale", level + " open tasks: p50", p50, "ms");
            results.add("5 Tasklist at scale", level + " open tasks: p95", p95, "ms", "", "< 100 ms at 100,000",
                    p95 < 100);
        }
    }

    /**
     * PostgreSQL: what autovacuum does in a running system, done now: the set-up just inserted (and the timer
     * benchmark deleted) up to 100,000 tasks at once, leaving dead index entries and statistics that describe an
     * empty table, which make the planner choose nested scans over the whole task table (seen: 3.5 s per page).
     */
    private void settle() throws Exception {
        if (!postgres()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(pgServer + "redress_bench", pgUser, "");
             Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    // ---- start-up and memory ----

    private void startup(BenchmarkResults results) throws Exception {
        File[] jars = new File("target").listFiles((dir, name) -> name.matches("redress-.*\\.jar"));
        if (jars == null || jars.length == 0) {
            System.out.println("start-up not measured: no packaged jar in target/ (run through ./mvnw verify)");
            return;
        }
        Path work = Files.createTempDirectory("redress-startup");
        try {
            startOnce(results, jars[0], work, List.of(), "java -jar, first start (new database)");
            if (!sizes.quick()) {
                startOnce(results, jars[0], work, List.of(), "java -jar, restart (existing database)");
                startOnce(results, jars[0], work, RECOMMENDED_JVM, "with " + String.join(" ", RECOMMENDED_JVM)
                        + ", restart");
                File extracted = withClassDataSharingArchive(jars[0], work);
                List<String> jvm = new ArrayList<>(RECOMMENDED_JVM);
                jvm.add("-XX:SharedArchiveFile=" + work.resolve("extracted").resolve(CDS_ARCHIVE));
                startOnce(results, extracted, work, jvm, "extracted jar with a CDS archive, "
                        + String.join(" ", RECOMMENDED_JVM) + ", restart");
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    static final String CDS_ARCHIVE = "redress.jsa";

    /**
     * The README's recipe (and the Dockerfile's): the jar extracted by Spring Boot's jar tools, then one training run
     * that stops once the application context is refreshed and writes the JVM's class data sharing archive. The
     * training run has a database of its own, as a Docker build would. Returns the extracted jar.
     */
    private File withClassDataSharingArchive(File jar, Path work) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path extracted = work.resolve("extracted");
        runToEnd(work, List.of(java.toString(), "-Djarmode=tools", "-jar", jar.getAbsolutePath(), "extract",
                "--destination", extracted.toString()));
        Path training = Files.createDirectories(work.resolve("training"));
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(RECOMMENDED_JVM);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + extracted.resolve(CDS_ARCHIVE),
                "-Dspring.context.exit=onRefresh", "-jar", extracted.resolve(jar.getName()).toString(),
                "--server.port=0"));
        runToEnd(training, command);
        return extracted.resolve(jar.getName()).toFile();
    }

    private static void runToEnd(Path directory, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("step.log").toFile()).start();
        if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + " (see "
                    + directory.resolve("step.log") + ")");
        }
    }

    /** The JVM options the README gives for a small server. */
    static final List<String> RECOMMENDED_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");

    private void startOnce(BenchmarkResults results, File jar, Path work, List<String> jvm, String how)
            throws Exception {
        int appPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            appPort = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.getAbsolutePath(), "--server.port=" + appPort));
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("app.log").toFile()).start();
        try {
            double seconds = -1;
            while (System.nanoTime() - start < Duration.ofMinutes(3).toNanos() && app.isAlive()) {
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + appPort + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("UP")) {
                        seconds = (System.nanoTime() - start) / 1e9;
                        break;
                    }
                } catch (IOException starting) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            results.add("6 start-up and memory", "time to ready: " + how, seconds, "s", "", "< 20 s",
                    seconds > 0 && seconds < 20);
            Thread.sleep(2000);
            double rssMb = residentMegabytes(app.pid());
            results.add("6 start-up and memory", "resident memory when ready: " + how, rssMb, "MB", "",
                    "< 600 MB", rssMb > 0 && rssMb < 600);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static double residentMegabytes(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }

    // ---- running work on threads ----

    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code total} units of work on {@code threads} threads; returns units per second. */
    private static double repeat(int threads, int total, Work work) throws Exception {
        AtomicInteger left = new AtomicInteger(total);
        long start = System.nanoTime();
        parallel(threads, () -> {
            while (left.getAndDecrement() > 0) {
                work.run();
            }
            return null;
        });
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static void parallel(int threads, Callable<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(task));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
