package uk.redress.benchmark;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import uk.redress.RedressSpringTest;

/**
 * SQL statements and commits per intake and per stage-1 lifecycle (Harborough: informal resolution, the escalation
 * window passing, every letter sent), counted at the data source (datasource-proxy; a statement in a JDBC batch
 * counts as one statement), in one unit of work at a time, leaving out the profile's own lookups: the quick profile
 * behind section 7 of the benchmark suite, for measuring one change before and after. Not part of {@code ./mvnw verify}; asserts nothing:
 * {@code ./mvnw test -Dtest=DatabaseWorkProfile} (add {@code REDRESS_TEST_DB_URL=...} for PostgreSQL). About a minute.
 */
@Import(DatabaseWorkProfile.Proxy.class)
class DatabaseWorkProfile extends RedressSpringTest {

    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong COMMITS = new AtomicLong();
    /** Trips to the database: a JDBC batch is one, however many rows it carries. */
    static final AtomicLong TRIPS = new AtomicLong();
    /** Each intake from a different person, as most are: none is a repeat of an earlier one. */
    static final AtomicLong PEOPLE = new AtomicLong();
    /** {@code -Dredress.profile.statements=true} prints each statement's shape with its count per intake and lifecycle. */
    static final boolean TALLY_ON = Boolean.getBoolean("redress.profile.statements");
    /**
     * {@code -Dredress.profile.tasklist=true}: the task is completed as Tasklist completes it, through submit-form
     * with every field its form shows (the ones it only shows sent back as they are), not only the answers.
     */
    static final boolean AS_TASKLIST = Boolean.getBoolean("redress.profile.tasklist");
    /** The fields Harborough's "resolve informally" form only shows (forms/resolve-informally.form). */
    static final List<String> SHOWN_FIELDS = List.of("reference", "caseSummary", "restrictionsInForce", "serviceArea",
            "summary", "outcomeSought", "correspondenceLog");
    /**
     * Set while the profile looks things up for itself (which letters wait to leave, the process and its timer, whether
     * it closed): not Redress's work, so not counted, as the benchmark suite leaves out its own thread's polling.
     */
    static final ThreadLocal<Boolean> SCAFFOLDING = ThreadLocal.withInitial(() -> false);
    /** {@code -Dredress.profile.where=pattern}: with the tally, where each statement matching the pattern comes from. */
    static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile(System.getProperty("redress.profile.where", ""));
    /** {@code -Dredress.profile.where.engine=true}: the engine's own frames too. */
    static final boolean WHERE_IN_ENGINE = Boolean.getBoolean("redress.profile.where.engine");
    static volatile java.util.Map<String, Long> TALLY = new java.util.concurrent.ConcurrentHashMap<>();

    static String shape(String sql) {
        String one = sql.replaceAll("\\s+", " ").trim();
        // a select's columns say little: keep its start and what it reads from, with its conditions
        int from = one.toLowerCase(java.util.Locale.ROOT).indexOf(" from ");
        if (one.toLowerCase(java.util.Locale.ROOT).startsWith("select") && from > 40) {
            String tail = one.substring(from);
            return one.substring(0, 40) + " …" + (tail.length() > 170 ? tail.substring(0, 170) : tail);
        }
        return one.length() > 110 ? one.substring(0, 110) : one;
    }

    static void printTally(String what, int n) {
        System.out.println("STATEMENTS " + what + " (per one):");
        TALLY.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %5.1f  %s%n", e.getValue() / (double) n, e.getKey()));
        TALLY = new java.util.concurrent.ConcurrentHashMap<>();
    }

    @TestConfiguration
    static class Proxy {
        @Bean
        static BeanPostProcessor proxyDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create("t", ds).listener(new QueryExecutionListener() {
                            public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo i, List<net.ttddyy.dsproxy.QueryInfo> q) { }
                            public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo i, List<net.ttddyy.dsproxy.QueryInfo> q) {
                                if (SCAFFOLDING.get()) {
                                    return;
                                }
                                STATEMENTS.addAndGet(i.isBatch() ? i.getBatchSize() : q.size());
                                TRIPS.incrementAndGet();
                                if (TALLY_ON) {
                                    for (net.ttddyy.dsproxy.QueryInfo each : q) {
                                        TALLY.merge(shape(each.getQuery()), (long) (i.isBatch() ? i.getBatchSize() : 1), Long::sum);
                                        if (!WHERE.pattern().isEmpty() && WHERE.matcher(each.getQuery()).find()) {
                                            // where a statement comes from: Redress's own frames, innermost first
                                            TALLY.merge("  from: " + java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                                                    .map(StackTraceElement::toString)
                                                    .filter(f -> (f.startsWith("uk.redress.") || WHERE_IN_ENGINE && f.startsWith("org.camunda.bpm.engine.impl"))
                                                            && !f.contains("DatabaseWorkProfile") && !f.contains("$$")
                                                            && !f.contains(".interceptor.") && !f.contains(".db.") && !f.contains(".persistence."))
                                                    .limit(WHERE_IN_ENGINE ? 8 : 4).reduce((a, b) -> a + " < " + b).orElse("(the engine only)"), 1L, Long::sum);
                                        }
                                        if (each.getQuery().startsWith("insert into ACT_HI_ACTINST")) {
                                            // which steps the history records: the activity's type is the 13th column
                                            for (List<net.ttddyy.dsproxy.proxy.ParameterSetOperation> row : each.getParametersList()) {
                                                row.stream().filter(o -> Integer.valueOf(13).equals(o.getArgs()[0])).findFirst()
                                                        .ifPresent(o -> TALLY.merge("  step recorded: " + o.getArgs()[1], 1L, Long::sum));
                                            }
                                        }
                                        if (each.getQuery().startsWith("insert into ACT_RU_VARIABLE")) {
                                            // which values the engine holds: the name is the third column
                                            for (List<net.ttddyy.dsproxy.proxy.ParameterSetOperation> row : each.getParametersList()) {
                                                row.stream().filter(o -> Integer.valueOf(3).equals(o.getArgs()[0])).findFirst()
                                                        .ifPresent(o -> TALLY.merge("  value held: " + o.getArgs()[1], 1L, Long::sum));
                                            }
                                        }
                                    }
                                }
                            }
                        }).afterMethod(c -> {
                            if (c.getTarget() instanceof Connection && c.getMethod().getName().equals("commit") && !SCAFFOLDING.get()) {
                                COMMITS.incrementAndGet();
                            }
                        }).build();
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    TestRestTemplate http;
    final ObjectMapper json = new ObjectMapper();

    HttpHeaders as(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    String intake() throws Exception {
        return intake("harborough-corporate", "harborough-complaints-officers");
    }

    String intake(String procedure, String team) throws Exception {
        String body = """
                {"procedure":"%s","receivedOn":"%s","channel":"EMAIL",
                 "complainant":{"name":"Bench","email":"bench%d@example.org"},
                 "serviceArea":"Bench","summary":"Benchmark complaint","eventDate":"%s"}""".formatted(procedure, today(), PEOPLE.incrementAndGet(), today());
        String answer = http.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, as(team)), String.class).getBody();
        String reference = json.readTree(answer).get("reference").asText();
        deliver(reference);
        return reference;
    }

    /**
     * Sends the letters the last step queued, as the outbox hands each one over by its id when the step commits: the
     * sending is counted, finding which letters wait (the outbox knows without asking) is not.
     */
    void deliver(String reference) {
        for (String letter : uncounted(() -> letterLog.findByComplaintReferenceOrderByQueuedAtAscIdAsc(reference)
                .stream().filter(row -> row.getStatus() == uk.redress.notification.CorrespondenceStatus.QUEUED)
                .map(uk.redress.notification.Correspondence::getId).toList())) {
            letterDelivery.deliver(letter);
        }
    }

    static <T> T uncounted(java.util.function.Supplier<T> lookup) {
        SCAFFOLDING.set(true);
        try {
            return lookup.get();
        } finally {
            SCAFFOLDING.set(false);
        }
    }

    boolean running(String reference) {
        return uncounted(() -> processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).count() != 0);
    }

    void lifecycle() throws Exception {
        String reference = intake();
        String officers = "harborough-service-officers";
        JsonNode tasks = json.readTree(http.exchange("/engine-rest/task?processInstanceBusinessKey=" + reference, HttpMethod.GET, new HttpEntity<>(as(officers)), String.class).getBody());
        String task = tasks.get(0).get("id").asText();
        com.fasterxml.jackson.databind.node.ObjectNode variables = json.createObjectNode();
        if (AS_TASKLIST) {
            // what Tasklist sends: every field the form shows, the ones it only shows as they are (empty when unset)
            JsonNode shown = json.readTree(http.exchange("/engine-rest/task/" + task + "/form-variables?variableNames="
                    + String.join(",", SHOWN_FIELDS), HttpMethod.GET, new HttpEntity<>(as(officers)), String.class).getBody());
            for (String field : SHOWN_FIELDS) {
                JsonNode value = shown.path(field).path("value");
                variables.putObject(field).put("value", value.isMissingNode() || value.isNull() ? "" : value.asText());
            }
        }
        variables.putObject("informalOutcome").put("value", "resolved");
        variables.putObject("informalActionsSummary").put("value", "Done");
        variables.putObject("responseText").put("value", "Done");
        String completed = json.createObjectNode().set("variables", variables).toString();
        var answer = http.exchange("/engine-rest/task/" + task + (AS_TASKLIST ? "/submit-form" : "/complete"),
                HttpMethod.POST, new HttpEntity<>(completed, as(officers)), String.class);
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("completing the task: " + answer.getBody());
        }
        deliver(reference);
        Job timer = uncounted(() -> processEngine.getManagementService().createJobQuery().timers().processInstanceId(
                processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                        .singleResult().getId()).singleResult());
        processEngine.getManagementService().executeJob(timer.getId());
        deliver(reference);
        if (running(reference)) {
            throw new IllegalStateException("not closed");
        }
    }

    /**
     * Warwickshire adult social care: the complaint goes straight to its stage response, which runs in the shared
     * stage the procedure calls (as the benchmark suite's second lifecycle), and is answered there.
     */
    void stageLifecycle() throws Exception {
        String team = "warwickshire-adult-social-care";
        String reference = intake(team, team);
        JsonNode tasks = json.readTree(http.exchange("/engine-rest/task?processInstanceBusinessKey=" + reference, HttpMethod.GET, new HttpEntity<>(as(team)), String.class).getBody());
        String completed = """
                {"variables":{"responseAction":{"value":"respond"},"responseOutcome":{"value":"upheld"},
                 "responseSummary":{"value":"Put right"},"responseText":{"value":"We have put it right."}}}""";
        var answer = http.exchange("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                HttpMethod.POST, new HttpEntity<>(completed, as(team)), String.class);
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("completing the task: " + answer.getBody());
        }
        deliver(reference);
        if (running(reference)) {
            throw new IllegalStateException("not closed");
        }
    }

    @Test
    void measure() throws Exception {
        for (int i = Integer.getInteger("redress.profile.warmup", 1); i > 0; i--) {
            intake();
            lifecycle();
            stageLifecycle();
        }
        int n = Integer.getInteger("redress.profile.samples", 5);
        TALLY = new java.util.concurrent.ConcurrentHashMap<>();
        long s0 = STATEMENTS.get(), c0 = COMMITS.get(), t0 = TRIPS.get(), n0 = System.nanoTime(), p0 = cpu();
        for (int i = 0; i < n; i++) {
            intake();
        }
        long s1 = STATEMENTS.get(), c1 = COMMITS.get(), t1 = TRIPS.get(), n1 = System.nanoTime(), p1 = cpu();
        if (TALLY_ON) {
            printTally("intake", n);
        }
        for (int i = 0; i < n; i++) {
            lifecycle();
        }
        long s2 = STATEMENTS.get(), c2 = COMMITS.get(), t2 = TRIPS.get(), n2 = System.nanoTime(), p2 = cpu();
        if (TALLY_ON) {
            printTally("lifecycle", n);
        }
        for (int i = 0; i < n; i++) {
            stageLifecycle();
        }
        long s3 = STATEMENTS.get(), c3 = COMMITS.get(), t3 = TRIPS.get();
        if (TALLY_ON) {
            printTally("stage lifecycle (adult social care)", n);
        }
        System.out.printf("WORK intake: %.1f statements, %.1f trips, %.1f commits; lifecycle: %.1f statements, %.1f trips, %.1f commits%n",
                (s1 - s0) / (double) n, (t1 - t0) / (double) n, (c1 - c0) / (double) n,
                (s2 - s1) / (double) n, (t2 - t1) / (double) n, (c2 - c1) / (double) n);
        System.out.printf("WORK stage lifecycle (Warwickshire adult social care, answered in the shared stage): %.1f statements, %.1f trips, %.1f commits%n",
                (s3 - s2) / (double) n, (t3 - t2) / (double) n, (c3 - c2) / (double) n);
        System.out.printf("TIME intake: %.1f ms, %.1f ms of CPU; lifecycle: %.1f ms, %.1f ms of CPU (one at a time, letters sent in line; CPU of the whole JVM)%n",
                (n1 - n0) / 1e6 / n, (p1 - p0) / 1e6 / n, (n2 - n1) / 1e6 / n, (p2 - p1) / 1e6 / n);
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    }
}
