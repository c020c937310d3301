package uk.redress.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import jakarta.mail.internet.MimeMessage;
import uk.redress.RedressApplication;
import uk.redress.TestMailServer;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceRepository;
import uk.redress.notification.CorrespondenceStatus;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;

/**
 * Two Redress nodes, each with its own process engine and job executor, on one database (a Camunda homogeneous
 * cluster): complaints taken in on both, then the clock moves past their deadlines and both job executors race
 * for the timers. Every timer must fire exactly once. The database is an in-memory H2 shared inside this JVM, or
 * the PostgreSQL server in REDRESS_TEST_DB_URL (.ci/run). Size with -Dredress.cluster.complaints (default 1000).
 */
class TwoNodesTimersIT {

    private static final int COMPLAINTS = Integer.getInteger("redress.cluster.complaints", 1000);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 23);

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    private static ConfigurableApplicationContext node(String name) {
        String url = System.getenv().getOrDefault("REDRESS_TEST_DB_URL", "jdbc:h2:mem:redress-cluster;DB_CLOSE_DELAY=-1");
        return new SpringApplicationBuilder(RedressApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getenv().getOrDefault("REDRESS_TEST_DB_USER", "sa"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("REDRESS_TEST_DB_PASSWORD", ""),
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generate-unique-process-engine-name=false",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--spring.jmx.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--logging.level.com.icegreen=warn",
                "--spring.mail.port=" + TestMailServer.port(),
                "--logging.level.org.camunda.bpm.engine.jobexecutor=error",
                "--logging.level.org.camunda.bpm.engine.context=off");
    }

    @BeforeAll
    static void startTwoNodes() {
        TestMailServer.start();
        ClockUtil.setCurrentTime(Date.from(RECEIVED.atTime(9, 0).atZone(LONDON).toInstant()));
        nodeA = node("nodeA");
        nodeB = node("nodeB");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        ClockUtil.reset();
    }

    private static List<String> receive(ConfigurableApplicationContext node, int count) throws Exception {
        ComplaintIntake intake = node.getBean(ComplaintIntake.class);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            results.add(clients.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority("camunda-admin"))));
                try {
                    return intake.receive(new IntakeRequest("harborough-corporate", RECEIVED, Channel.EMAIL,
                            new IntakeRequest.ComplainantDetails("Cluster " + node.getId() + " " + n,
                                    "cluster." + node.getId().hashCode() + "." + n + "@example.org", null, null, false), "Parks", "Bench broken", null, RECEIVED, false, null, null))
                            .getProcessInstanceId();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> result : results) {
            ids.add(result.get());
        }
        clients.shutdown();
        return ids;
    }

    @Test
    void everyDeadlineTimerFiresExactlyOnce_whenTwoNodesShareTheDatabase() throws Exception {
        List<String> instances = new ArrayList<>(receive(nodeA, COMPLAINTS / 2));
        instances.addAll(receive(nodeB, COMPLAINTS - COMPLAINTS / 2));
        ProcessEngine engine = nodeA.getBean(ProcessEngine.class);

        // the acknowledgements leave first: a letter still being sent when the clock jumps weeks ahead looks to the
        // other node like an attempt cut off by a node that stopped, and is (rightly, in that world) sent again
        CorrespondenceRepository log = nodeA.getBean(CorrespondenceRepository.class);
        long sent = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (log.findAll().stream().anyMatch(c -> c.getRecipient() != null && c.getRecipient().startsWith("cluster.")
                && c.getStatus() != CorrespondenceStatus.SENT) && System.nanoTime() < sent) {
            Thread.sleep(100);
        }

        // the informal stage ends on 4 January 2027: move both nodes' clock past it
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 1, 5).atTime(0, 1).atZone(LONDON).toInstant()));
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (engine.getManagementService().createJobQuery().timers().executable().count() > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }

        HistoryService history = engine.getHistoryService();
        Map<String, Integer> fired = new HashMap<>();
        for (HistoricActivityInstance timer : history.createHistoricActivityInstanceQuery()
                .activityId("Timer_InformalOverdue").finished().list()) {
            fired.merge(timer.getProcessInstanceId(), 1, Integer::sum);
        }
        assertThat(engine.getManagementService().createJobQuery().timers().executable().count())
                .as("timers still due").isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();
        for (String instance : instances) {
            assertThat(fired.get(instance)).as("timer firings of " + instance).isEqualTo(1);
        }
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ForwardWithSummary")
                .processInstanceIdIn(instances.toArray(String[]::new)).count()).isEqualTo(instances.size());

        // every acknowledgement letter was sent by one node or the other, exactly once
        CorrespondenceRepository correspondence = nodeA.getBean(CorrespondenceRepository.class);
        while (correspondence.findAll().stream().anyMatch(c -> c.getRecipient() != null
                && c.getRecipient().startsWith("cluster.") && c.getStatus() != CorrespondenceStatus.SENT)
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        List<Correspondence> letters = correspondence.findAll().stream()
                .filter(c -> c.getLetter().equals("acknowledgement") && c.getRecipient() != null
                        && c.getRecipient().startsWith("cluster.")).toList();
        assertThat(letters).hasSize(instances.size());
        assertThat(letters).allSatisfy(c -> {
            assertThat(c.getStatus()).isEqualTo(CorrespondenceStatus.SENT);
            assertThat(c.getAttempts()).as("delivery attempts of " + c.getId()).isEqualTo(1);
        });
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : TestMailServer.get().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().startsWith("cluster.")) {
                received.merge(message.getMessageID(), 1, Integer::sum);
            }
        }
        for (Correspondence letter : letters) {
            assertThat(received.get("<" + letter.getId() + "@redress>")).as("copies of " + letter.getId()).isEqualTo(1);
        }
        System.out.printf("Two nodes: %d complaints, %d timers fired exactly once each, %d letters sent exactly once%n",
                instances.size(), fired.size(), received.size());
    }
}
