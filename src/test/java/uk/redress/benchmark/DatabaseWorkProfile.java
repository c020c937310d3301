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
 * counts as one statement), in one unit of work at a time: the quick profile behind section 7 of the benchmark
 * suite, for measuring one change before and after. Not part of {@code ./mvnw verify}; asserts nothing:
 * {@code ./mvnw test -Dtest=DatabaseWorkProfile} (add {@code REDRESS_TEST_DB_URL=...} for PostgreSQL). About a minute.
 */
@Import(DatabaseWorkProfile.Proxy.class)
class DatabaseWorkProfile extends RedressSpringTest {

    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong COMMITS = new AtomicLong();

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
                                STATEMENTS.addAndGet(i.isBatch() ? i.getBatchSize() : q.size());
                            }
                        }).afterMethod(c -> {
                            if (c.getTarget() instanceof Connection && c.getMethod().getName().equals("commit")) {
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
        String body = """
                {"procedure":"harborough-corporate","receivedOn":"%s","channel":"EMAIL",
                 "complainant":{"name":"Bench","email":"bench@example.org"},
                 "serviceArea":"Bench","summary":"Benchmark complaint","eventDate":"%s"}""".formatted(today(), today());
        String answer = http.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, as("harborough-complaints-officers")), String.class).getBody();
        String reference = json.readTree(answer).get("reference").asText();
        deliver(reference);
        return reference;
    }

    void deliver(String reference) {
        sendLetters(reference);
    }

    void lifecycle() throws Exception {
        String reference = intake();
        String officers = "harborough-service-officers";
        JsonNode tasks = json.readTree(http.exchange("/engine-rest/task?processInstanceBusinessKey=" + reference, HttpMethod.GET, new HttpEntity<>(as(officers)), String.class).getBody());
        http.exchange("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", HttpMethod.POST, new HttpEntity<>(
                "{\"variables\":{\"informalOutcome\":{\"value\":\"resolved\"},\"informalActionsSummary\":{\"value\":\"Done\"},\"responseText\":{\"value\":\"Done\"}}}", as(officers)), String.class);
        deliver(reference);
        String instance = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
        Job timer = processEngine.getManagementService().createJobQuery().timers().processInstanceId(instance).singleResult();
        processEngine.getManagementService().executeJob(timer.getId());
        deliver(reference);
        if (processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count() != 0) {
            throw new IllegalStateException("not closed");
        }
    }

    @Test
    void measure() throws Exception {
        intake();
        lifecycle();
        int n = 5;
        long s0 = STATEMENTS.get(), c0 = COMMITS.get();
        for (int i = 0; i < n; i++) {
            intake();
        }
        long s1 = STATEMENTS.get(), c1 = COMMITS.get();
        for (int i = 0; i < n; i++) {
            lifecycle();
        }
        long s2 = STATEMENTS.get(), c2 = COMMITS.get();
        System.out.printf("WORK intake: %.1f statements, %.1f commits; lifecycle: %.1f statements, %.1f commits%n",
                (s1 - s0) / (double) n, (c1 - c0) / (double) n, (s2 - s1) / (double) n, (c2 - c1) / (double) n);
    }

    static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    }
}
