package uk.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.redress.RedressApplication;
import uk.redress.TestMailServer;

/**
 * The database work of one {@code POST /api/complaints}, counted through datasource-proxy on the request's own
 * thread: what the request does besides the intake's transaction (signing the member of staff in, finding the
 * procedure, checking they may record under it, taking the reference) must stay inside that one transaction. A
 * count, not a timing. In an application of its own (so an integration test, in failsafe's JVM: a second engine in
 * the unit tests' JVM unsettles the web apps' sign-in there), on a database of its own, with the data source wrapped.
 */
class IntakeDatabaseWorkIT {

    /** The engine's users, groups, memberships and tenants. */
    private static final java.util.regex.Pattern IDENTITY = java.util.regex.Pattern.compile(
            "\\bACT_ID_(USER|GROUP|MEMBERSHIP|TENANT|TENANT_MEMBER|INFO)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final String IDENTITY_MARK = "  [identity]";
    private static final List<String> trace = java.util.Collections.synchronizedList(new ArrayList<>());
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() {
        TestMailServer.get();
        app = new SpringApplicationBuilder(RedressApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                                ? traced(dataSource) : bean;
                    }
                }))
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:redress-intake-work;DB_CLOSE_DELAY=-1",
                        "--camunda.bpm.process-engine-name=intakework",
                        "--camunda.bpm.generate-unique-process-engine-name=false",
                        "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port(),
                        "--logging.level.root=warn", "--logging.level.com.icegreen=warn");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Every statement and commit, with the thread that ran it (requests run on Tomcat's http-nio threads). */
    private static DataSource traced(DataSource dataSource) {
        return ProxyDataSourceBuilder.create("traced", dataSource)
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(ExecutionInfo info, List<QueryInfo> queries) {
                    }

                    @Override
                    public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
                        for (QueryInfo query : queries) {
                            String sql = query.getQuery().replaceAll("\\s+", " ").trim();
                            String shown = sql.length() > 110 ? sql.substring(0, 110) + "..." : sql;
                            // a JDBC batch counts as its statements, as in the benchmark's StatementCounter
                            for (int i = 0; i < (info.isBatch() && queries.size() == 1 ? info.getBatchSize() : 1); i++) {
                                trace.add(Thread.currentThread().getName() + " | " + shown
                                        + (IDENTITY.matcher(sql).find() ? IDENTITY_MARK : ""));
                            }
                        }
                    }
                })
                .afterMethod(context -> {
                    if (context.getTarget() instanceof Connection && context.getMethod().getName().equals("commit")) {
                        trace.add(Thread.currentThread().getName() + " | COMMIT");
                    }
                })
                .build();
    }

    @Test
    void aSecondIntakeBySomeone_doesItsRequestWorkInTheIntakesOneTransaction() throws Exception {
        // the first intake signs the officer in and starts the year's series
        intake();
        trace.clear();
        intake();
        List<String> request = requestThreads(List.copyOf(trace));
        System.out.println("One POST /api/complaints, on the request's thread:");
        for (int i = 0; i < request.size(); i++) {
            int same = 1;
            while (i + same < request.size() && request.get(i + same).equals(request.get(i))) {
                same++;
            }
            System.out.println("  " + request.get(i) + (same > 1 ? "  (x" + same + ")" : ""));
            i += same - 1;
        }
        long statements = request.stream().filter(line -> !line.endsWith("| COMMIT")).count();
        long commits = request.size() - statements;
        System.out.printf("statements %d, commits %d%n", statements, commits);

        assertThat(request).as("the member of staff signed in a moment ago is not looked up again")
                .noneMatch(line -> line.endsWith(IDENTITY_MARK));
        assertThat(request).as("the reference is a sequence's next value, not a counter row")
                .noneMatch(line -> line.toLowerCase(Locale.ROOT).contains("reference_counter"));
        assertThat(commits).as("one transaction for the whole request").isEqualTo(1);
    }

    @Test
    void aSecondCamundaRestCallBySomeone_doesNotLookThemUpAgain() throws Exception {
        // by its name: another test context in this JVM may hold the default engine
        String user = "harborough-complaints-officers";
        assertThat(send(user, "GET", "/engine-rest/engine/intakework/task/count", null).statusCode()).isEqualTo(200);
        trace.clear();
        assertThat(send(user, "GET", "/engine-rest/engine/intakework/task/count", null).statusCode()).isEqualTo(200);
        List<String> request = requestThreads(List.copyOf(trace));
        System.out.println("A second GET /engine-rest/engine/intakework/task/count:");
        trace.forEach(line -> System.out.println("  " + line));
        assertThat(request).as("neither the password nor the groups and tenants looked up again")
                .noneMatch(line -> line.endsWith(IDENTITY_MARK))
                .anyMatch(line -> line.contains("ACT_RU_TASK"));
    }

    private static List<String> requestThreads(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("http-nio")).toList();
    }

    private static void intake() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String body = """
                {"procedure":"harborough-corporate","receivedOn":"%s","channel":"EMAIL",
                 "complainant":{"name":"Sam Resident","email":"sam@example.org"},
                 "serviceArea":"Waste and recycling","summary":"Missed collections","eventDate":"%s"}"""
                .formatted(today, today);
        HttpResponse<String> response = send("harborough-complaints-officers", "POST", "/api/complaints", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** As a demo user, whose password is their name. */
    private static HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
