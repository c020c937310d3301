package uk.redress.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import uk.redress.TestMailServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the packaged application with SIGKILL while complaints are flowing in, starts it again on the same database
 * and checks nothing was lost: every complaint answered 201 has its record and its process, and the deadline timers
 * that came due (complaints received weeks ago) fire after the restart.
 */
class CrashSafetyIT {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([A-Z]+-\\d{4}-\\d{6})\"");
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes());

    @TempDir
    Path data;

    private Process app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static File jar() {
        File[] jars = new File("target").listFiles((dir, name) -> name.matches("redress-.*\\.jar"));
        assertThat(jars).as("the packaged application (./mvnw verify packages it first)").isNotEmpty();
        return jars[0];
    }

    private Process start(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().getAbsolutePath(), "--server.port=" + port,
                // the embedded default, as ./mvnw spring-boot:run has it: an H2 file under ./data of the working folder
                "--redress.deployment.directory=" + Path.of("").toAbsolutePath(),
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                // a job the killed node had locked waits for its lock to expire (5 minutes by default) before another
                // node, or the restarted one, takes it: shortened here so the test need not wait that long
                "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                // letters go to the test's SMTP server; a delivery cut off by the kill is retried after 20 s
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port(),
                "--redress.notification.interrupted-after=PT20S")
                .directory(data.toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("app-" + port + ".log").toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(port, "/actuator/health").statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // starting
            }
            assertThat(process.isAlive()).as("the application started (see " + data + ")").isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("Redress did not start within 2 minutes");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", AUTH)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/complaints"))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @org.junit.jupiter.api.BeforeEach
    void mailServer() {
        TestMailServer.start();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void killedMidIntake_everyAcceptedComplaintAndEveryDueTimerSurvives() throws Exception {
        int port = freePort();
        app = start(port);
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        int n = sent.incrementAndGet();
                        // received in October: the 5 working day informal deadline is long past, its timer is due
                        HttpResponse<String> response = post(port, """
                                {"procedure":"harborough-corporate","receivedOn":"2026-10-01","channel":"PHONE",
                                 "complainant":{"name":"Crash %d","email":"crash.%d@example.org"},"serviceArea":"Parks",
                                 "summary":"Bench broken","eventDate":"2026-09-30"}""".formatted(n, n));
                        if (response.statusCode() == 201) {
                            Matcher m = REFERENCE.matcher(response.body());
                            if (m.find()) {
                                accepted.add(m.group(1));
                            }
                        }
                    } catch (IOException | InterruptedException killed) {
                        return;
                    } catch (Exception other) {
                        return;
                    }
                }
            });
        }
        while (accepted.size() < 40) {
            Thread.sleep(50);
        }
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);   // SIGKILL: no shutdown hooks, no clean close
        clients.shutdownNow();
        clients.awaitTermination(30, TimeUnit.SECONDS);

        app = start(port);
        List<String> missing = new ArrayList<>();
        for (String reference : accepted) {
            HttpResponse<String> status = get(port, "/api/complaints/" + reference);
            if (status.statusCode() != 200 || !status.body().contains("processInstanceId")) {
                missing.add(reference + " " + status.statusCode());
            }
        }
        assertThat(missing).as("accepted complaints lost in the crash").isEmpty();

        // after the restart the job executor fires every due deadline timer: each complaint is forwarded
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int forwarded = 0;
        while (System.nanoTime() < deadline) {
            String count = get(port, "/engine-rest/task/count?taskDefinitionKey=Task_ForwardWithSummary").body();
            forwarded = Integer.parseInt(count.replaceAll("\\D", ""));
            if (forwarded >= accepted.size()) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(forwarded).as("informal deadlines fired after the restart").isGreaterThanOrEqualTo(accepted.size());
        // timers only: a letter delivery the kill cut off fails its first retry ("another attempt under way") and
        // goes on a later one, checked below
        String deadTimers = get(port, "/engine-rest/job/count?withException=true&timers=true").body();
        assertThat(deadTimers).isEqualTo("{\"count\":0}");

        // every accepted complaint's acknowledgement leaves once; only a delivery the kill cut off mid-send may
        // have gone twice, and then both copies carry the same Message-ID (its idempotency key)
        Pattern acknowledgement = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"letter\":\"acknowledgement\""
                + "[^}]*?\"status\":\"SENT\"[^}]*?\"attempts\":(\\d+)");
        Map<String, Integer> attemptsById = new HashMap<>();
        deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            attemptsById.clear();
            for (String reference : accepted) {
                Matcher sentAck = acknowledgement.matcher(get(port, "/api/complaints/" + reference).body());
                if (sentAck.find()) {
                    attemptsById.put(sentAck.group(1), Integer.parseInt(sentAck.group(2)));
                }
            }
            if (attemptsById.size() >= accepted.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(attemptsById).as("acknowledgements sent after the restart").hasSize(accepted.size());
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : TestMailServer.get().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().startsWith("crash.")) {
                copies.merge(message.getMessageID(), 1, Integer::sum);
            }
        }
        int cutOff = 0;
        for (Map.Entry<String, Integer> letter : attemptsById.entrySet()) {
            int received = copies.getOrDefault("<" + letter.getKey() + "@redress>", 0);
            if (letter.getValue() > 1) {
                cutOff++;
                assertThat(received).as("copies of an interrupted delivery " + letter.getKey()).isBetween(1, 2);
            } else {
                assertThat(received).as("copies of " + letter.getKey()).isEqualTo(1);
            }
        }
        System.out.printf("Crash safety: %d complaints accepted before SIGKILL, all present after restart, %d forwarded,"
                + " %d acknowledgements sent once (%d deliveries cut off by the kill and retried)%n",
                accepted.size(), forwarded, attemptsById.size(), cutOff);
    }
}
