package uk.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.redress.RedressApplication;

/**
 * Concurrent intakes get distinct, consecutive references. In a context of its own: the process-test-coverage
 * recorder of the shared test context is not safe for several threads running processes at once.
 */
class ConcurrentIntakeIT {

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(RedressApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:redress-concurrent;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.process-engine-name=concurrent", "--camunda.bpm.generate-unique-process-engine-name=false",
                "--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false",
                "--logging.level.root=warn");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void concurrentIntakes_getDistinctConsecutiveReferences() throws Exception {
        ComplaintIntake intake = app.getBean(ComplaintIntake.class);
        int intakes = 24;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < intakes; i++) {
            int n = i;
            work.add(() -> {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated("demo", null, List.of(new SimpleGrantedAuthority("camunda-admin"))));
                try {
                    return intake.receive(new IntakeRequest("harborough-corporate", LocalDate.now().minusDays(1),
                            Channel.ONLINE_FORM, new IntakeRequest.ComplainantDetails("Jo Bloggs " + n, null, null,
                            null, false), "Council tax " + n, "Bill sent twice", null, null, false, null, null))
                            .getReference();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        Set<String> references = new HashSet<>();
        for (Future<String> result : pool.invokeAll(work)) {
            references.add(result.get());
        }
        pool.shutdown();

        int year = LocalDate.now().minusDays(1).getYear();
        assertThat(references).hasSize(intakes).allMatch(r -> r.matches("HDC-" + year + "-\\d{6}"));
        List<Integer> numbers = references.stream().map(r -> Integer.parseInt(r.substring(9))).sorted().toList();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(intakes - 1);
    }
}
