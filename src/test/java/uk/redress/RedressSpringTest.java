package uk.redress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceRepository;
import uk.redress.notification.CorrespondenceStatus;
import uk.redress.notification.LetterDelivery;

/**
 * One Spring context for every integration and process test: the real application on an in-memory H2 database
 * with the job executor off, so tests decide when timers fire by moving the engine clock and running due jobs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // REDRESS_TEST_DB_URL runs the same tests on a real PostgreSQL server (.ci/run does)
        "spring.datasource.url=${REDRESS_TEST_DB_URL:jdbc:h2:mem:redress-test;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${REDRESS_TEST_DB_USER:sa}",
        "spring.datasource.password=${REDRESS_TEST_DB_PASSWORD:}",
        "camunda.bpm.job-execution.enabled=false",
        // letters stay queued until a test sends them (LetterOutbox#sendDue), as jobs wait for a test to run them
        "redress.letters.dispatch=false",
        "camunda.bpm.generate-unique-process-engine-name=false",
        "logging.level.com.icegreen=warn"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class RedressSpringTest {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.get();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    protected static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    protected ProcessEngine processEngine;
    @Autowired
    protected LetterDelivery letterDelivery;
    @Autowired
    protected CorrespondenceRepository letterLog;

    @BeforeEach
    void initAssertionsAndStaff() {
        AbstractAssertions.init(processEngine);
        signInAs("demo", "camunda-admin");
    }

    @AfterEach
    void resetClockAndStaff() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    protected static void signInAs(String user, String... groups) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(groups).stream().map(SimpleGrantedAuthority::new).toList()));
    }

    /** Sets the engine clock to a London wall-clock time. */
    protected static void clockAt(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day, time, LONDON).toInstant()));
    }

    protected static void clockAt(LocalDate day) {
        clockAt(day, LocalTime.of(9, 0));
    }

    /** The last moment of a day in London: what a task due "on" that day carries. */
    protected static Date endOf(LocalDate day) {
        return Date.from(ZonedDateTime.of(day, LocalTime.of(23, 59, 59), LONDON).toInstant());
    }

    protected static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Runs every job that is due at the current engine time in the complaint's process instances (its procedure
     * and the call activities it started), as the job executor would; returns how many ran.
     */
    protected int runDueJobs(String businessKey) {
        ManagementService management = processEngine.getManagementService();
        int ran = 0;
        while (true) {
            List<Job> due = new java.util.ArrayList<>();
            for (var instance : processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).list()) {
                due.addAll(management.createJobQuery().processInstanceId(instance.getId()).executable().list());
            }
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
            if (ran > 100) {
                throw new IllegalStateException("jobs keep coming: a timer loop?");
            }
        }
    }

    /**
     * Sends the complaint's letters that are waiting to leave, as the outbox does once their step commits (letters
     * stay queued in tests: {@code redress.letters.dispatch=false}); returns how many went.
     */
    protected int sendLetters(String reference) {
        return sendLetters(letterDelivery, letterLog, reference);
    }

    /** The same, for helpers outside a test class. */
    public static int sendLetters(LetterDelivery delivery, CorrespondenceRepository log, String reference) {
        int sent = 0;
        for (Correspondence row : log.findByComplaintReferenceOrderByQueuedAtAscIdAsc(reference)) {
            if (row.getStatus() == CorrespondenceStatus.QUEUED) {
                sent += delivery.deliver(row.getId()) ? 1 : 0;
            }
        }
        return sent;
    }

    protected static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
