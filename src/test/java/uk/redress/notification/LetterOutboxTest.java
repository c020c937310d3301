package uk.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.redress.RedressSpringTest;
import uk.redress.TestMailServer;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;

/**
 * Letters leave through a real SMTP server (GreenMail) or as printable PDFs, once each, after the step that asked
 * for them committed (and never when it rolled back); a mail server that is down makes the letter wait 1, 5 and 15
 * minutes, 1 and 4 hours between attempts, then wait for someone to send it again, and it goes once when they do.
 * Here letters stay queued until a test sends them ({@code redress.letters.dispatch=false}), except where a test
 * builds an outbox that dispatches.
 */
class LetterOutboxTest extends RedressSpringTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final LocalDate WEDNESDAY_23_DECEMBER = LocalDate.of(2026, 12, 23);

    @Autowired
    ComplaintIntake intake;
    @Autowired
    CorrespondenceRepository correspondence;
    @Autowired
    LetterDelivery delivery;
    @Autowired
    FailOnceAfterSend failOnceAfterSend;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    LetterOutbox outbox;
    @Autowired
    CorrespondenceLog correspondenceLog;
    @Autowired
    NotificationProperties notificationProperties;
    @Autowired
    uk.redress.calendar.WorkingDayCalendar calendar;
    @Autowired
    org.springframework.scheduling.TaskScheduler scheduler;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    org.springframework.transaction.support.TransactionTemplate transactions;

    @org.junit.jupiter.api.BeforeEach
    void transactions() {
        transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void mailServerBackUp() {
        TestMailServer.start();
    }

    private Complaint receive(String procedure, String name, String email, String address, boolean anonymous) {
        clockAt(WEDNESDAY_23_DECEMBER, LocalTime.of(10, 0));
        return intake.receive(new IntakeRequest(procedure, WEDNESDAY_23_DECEMBER, Channel.EMAIL,
                new IntakeRequest.ComplainantDetails(name, email, null, address, anonymous),
                "Highways " + UNIQUE.incrementAndGet(), "The pothole outside number 4 is still there.",
                "Fix it", WEDNESDAY_23_DECEMBER.minusDays(10), false, null, null));
    }

    private static String uniqueEmail() {
        return "resident." + UNIQUE.incrementAndGet() + "@example.org";
    }

    private List<Correspondence> log(Complaint complaint) {
        return correspondence.findByComplaintReferenceOrderByQueuedAtAscIdAsc(complaint.getReference());
    }

    private Correspondence only(Complaint complaint, String letter) {
        List<Correspondence> rows = log(complaint).stream().filter(c -> c.getLetter().equals(letter)).toList();
        assertThat(rows).as("%s letters on %s", letter, complaint.getReference()).hasSize(1);
        return rows.get(0);
    }

    private String respondTask(Complaint complaint) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(complaint.getReference())
                .taskDefinitionKey("Task_Respond").singleResult().getId();
    }

    /** What the open Task_Respond's form shows as the correspondence log. */
    private String taskLog(Complaint complaint) {
        return String.valueOf(processEngine.getTaskService().getVariableLocal(respondTask(complaint),
                CorrespondenceLog.VARIABLE));
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void acknowledgement_isEmailedOnceAfterIntakeCommits_withTheResponseDateInWords() throws Exception {
        String email = uniqueEmail();
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", email, null, false);

        Correspondence queued = only(complaint, "stage1-acknowledgement");
        assertThat(queued.getStatus()).isEqualTo(CorrespondenceStatus.QUEUED);
        assertThat(queued.getRoute()).isEqualTo(Route.EMAIL);
        assertThat(mailTo(email)).as("nothing leaves before it is sent").isEmpty();

        assertThat(outbox.sendDue()).isPositive();

        List<MimeMessage> received = mailTo(email);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).contains(complaint.getReference());
        assertThat(message.getMessageID()).isEqualTo("<" + queued.getId() + "@redress>");
        String body = message.getContent().toString();
        // stage 1: 10 working days from Wednesday 23 December 2026 over Christmas and New Year
        assertThat(body).startsWith("Dear Jo Bloggs").contains("Monday 11 January 2027")
                .contains("Warwickshire County Council").contains("01926 410410");
        Correspondence sent = correspondence.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(CorrespondenceStatus.SENT);
        assertThat(sent.getDeemedReceivedOn()).as("email: the day it is sent").isEqualTo(WEDNESDAY_23_DECEMBER);
        assertThat(sent.getAttempts()).isEqualTo(1);
        // Tasklist: the task that arrived with the complaint shows the letter waiting; the next task shows it sent
        assertThat(taskLog(complaint)).contains("stage1-acknowledgement - email to " + email + ": waiting to be sent");
        processEngine.getTaskService().complete(respondTask(complaint), java.util.Map.of("responseAction", "extend",
                "extendedTo", "2027-01-20", "extensionReason", "records needed"));
        assertThat(taskLog(complaint)).contains("stage1-acknowledgement - email to " + email + ": sent, deemed received "
                + "Wednesday 23 December 2026").contains("extension - email to " + email + ": waiting to be sent");

        JsonNode status = get("/api/complaints/" + complaint.getReference()).getBody();
        JsonNode line = null;
        for (JsonNode each : status.get("correspondence")) {
            if (each.get("id").asText().equals(queued.getId())) {
                line = each;
            }
        }
        assertThat(line).as("the acknowledgement in the complaint's correspondence").isNotNull();
        assertThat(line.get("letter").asText()).isEqualTo("stage1-acknowledgement");
        assertThat(line.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(line.get("recipient").asText()).isEqualTo(email);
        assertThat(line.get("status").asText()).isEqualTo("SENT");
        assertThat(line.get("deemedReceivedOn").asText()).isEqualTo("2026-12-23");
    }

    @Test
    void postalComplainant_getsAPrintablePdf_deemedReceivedOnTheThirdWorkingDay_withTheirWordsAsText()
            throws IOException {
        Complaint complaint = receive("harborough-corporate", "<script>alert('x')</script> Smith", null,
                "1 Church Street\nMarket Harborough\nLE16 7AA", false);
        Correspondence queued = only(complaint, "acknowledgement");
        assertThat(queued.getRoute()).isEqualTo(Route.POST);

        assertThat(delivery.deliver(queued.getId())).isTrue();

        Correspondence sent = correspondence.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(CorrespondenceStatus.SENT);
        // second class, posted Wednesday 23 December: Thursday 24, (Christmas, Boxing Day substitute) Tuesday 29,
        // Wednesday 30 December
        assertThat(sent.getDeemedReceivedOn()).isEqualTo(LocalDate.of(2026, 12, 30));
        ResponseEntity<byte[]> pdf = http.exchange("/api/complaints/" + complaint.getReference() + "/correspondence/"
                        + sent.getId() + "/document", HttpMethod.GET,
                new HttpEntity<>(auth("harborough-complaints-officers")), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Harborough District Council").contains("1 Church Street")
                    .contains("LE16 7AA").contains(complaint.getReference())
                    .contains("Dear <script>alert('x')</script> Smith");
        }
        ResponseEntity<String> otherCouncil = http.exchange("/api/complaints/" + complaint.getReference()
                        + "/correspondence/" + sent.getId() + "/document", HttpMethod.GET,
                new HttpEntity<>(auth("warwickshire-customer-relations")), String.class);
        assertThat(otherCouncil.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void anonymousComplainantWithNoContactDetails_getsNothing_andTheLogSaysSo() {
        Complaint complaint = receive("warwickshire-general", null, null, null, true);
        Correspondence row = only(complaint, "stage1-acknowledgement");
        assertThat(row.getStatus()).isEqualTo(CorrespondenceStatus.NOT_SENT);
        assertThat(row.getRoute()).isEqualTo(Route.NONE);
        assertThat(sendLetters(complaint.getReference())).as("nothing to send").isZero();
        assertThat(delivery.deliver(row.getId())).isFalse();
        assertThat(taskLog(complaint)).contains("acknowledgement - not sent: no contact details");
    }

    @Test
    void mailServerDown_triesAgainWithBackOff_thenWaitsForAPerson_andTheLetterGoesOnceWhenSentAgain() {
        String email = uniqueEmail();
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", email, null, false);
        Correspondence queued = only(complaint, "stage1-acknowledgement");
        TestMailServer.stop();

        List<Long> backOffMinutes = new ArrayList<>();
        assertThatThrownBy(() -> delivery.deliver(queued.getId())).hasMessageContaining("mail server");
        Correspondence failed = correspondence.findById(queued.getId()).orElseThrow();
        while (failed.getNextAttemptAt() != null) {
            backOffMinutes.add(Duration.between(ClockUtil.getCurrentTime().toInstant(), failed.getNextAttemptAt())
                    .toMinutes());
            assertThat(outbox.sendDue()).as("not before its next attempt is due").isZero();
            assertThat(correspondence.findById(queued.getId()).orElseThrow().getAttempts())
                    .isEqualTo(failed.getAttempts());
            ClockUtil.setCurrentTime(java.util.Date.from(failed.getNextAttemptAt().plusSeconds(1)));
            outbox.sendDue();
            failed = correspondence.findById(queued.getId()).orElseThrow();
        }
        assertThat(backOffMinutes).containsExactly(1L, 5L, 15L, 60L, 240L);
        assertThat(failed.getStatus()).isEqualTo(CorrespondenceStatus.FAILED);
        assertThat(failed.isGivenUp()).isTrue();
        assertThat(failed.getAttempts()).isEqualTo(6);
        assertThat(failed.getLastError()).contains("mail server").doesNotContain(email);
        ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
        assertThat(outbox.sendDue()).as("a letter out of attempts waits for a person").isZero();
        assertThat(correspondenceLog.asText(log(complaint))).contains("could not be sent, waiting to be sent again");
        // the complaint and its procedure are untouched
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(complaint.getProcessInstanceId())
                .active().count()).isOne();
        assertThat(mailTo(email)).isEmpty();

        TestMailServer.start();
        String again = "/api/complaints/" + complaint.getReference() + "/correspondence/" + queued.getId()
                + "/send-again";
        HttpHeaders nobody = new HttpHeaders();
        nobody.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange(again, HttpMethod.POST, new HttpEntity<>("{}", nobody), String.class).getStatusCode())
                .as("nobody signed in").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(again, "auditors").getStatusCode()).as("auditors read, never act").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(again, "harborough-complaints-officers").getStatusCode()).as("another council")
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> sentAgain = post(again, "warwickshire-customer-relations");
        assertThat(sentAgain.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(sentAgain.getBody().get("status").asText()).isEqualTo("QUEUED");
        assertThat(outbox.sendDue()).isOne();

        assertThat(mailTo(email)).hasSize(1);
        assertThat(correspondence.findById(queued.getId()).orElseThrow().getStatus())
                .isEqualTo(CorrespondenceStatus.SENT);
        assertThat(post(again, "warwickshire-customer-relations").getStatusCode()).as("sent: nothing to send again")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    /** An outbox as the application runs it: letters go once the step that wrote them commits. */
    private LetterOutbox dispatching() {
        return new LetterOutbox(delivery, correspondence, new LetterDispatchProperties(true, null, null),
                notificationProperties, calendar, scheduler);
    }

    private Correspondence queuedLetter(Complaint complaint, String email) {
        Correspondence row = new Correspondence(complaint.getReference(), complaint.getProcedure(), "test-letter",
                Audience.COMPLAINANT, Route.EMAIL, email, new RenderedLetter("About " + complaint.getReference(),
                "A letter"), now());
        correspondence.saveAndFlush(row);
        return row;
    }

    @Test
    void aLetterLeavesOnceItsStepCommits_andNeverWhenItRollsBack() throws Exception {
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", uniqueEmail(), null, false);
        LetterOutbox live = dispatching();
        try {
            String committed = uniqueEmail();
            String id = transactions.execute(status -> {
                Correspondence row = queuedLetter(complaint, committed);
                live.queued(row.getId());
                sleep(300);
                assertThat(mailTo(committed)).as("nothing leaves before the step commits").isEmpty();
                return row.getId();
            });
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (correspondence.findById(id).orElseThrow().getStatus() != CorrespondenceStatus.SENT
                    && System.nanoTime() < until) {
                sleep(50);
            }
            assertThat(mailTo(committed)).as("sent once the step committed").hasSize(1);
            assertThat(correspondence.findById(id).orElseThrow().getStatus()).isEqualTo(CorrespondenceStatus.SENT);

            String rolledBack = uniqueEmail();
            transactions.executeWithoutResult(status -> {
                live.queued(queuedLetter(complaint, rolledBack).getId());
                status.setRollbackOnly();
            });
            sleep(500);
            assertThat(mailTo(rolledBack)).as("a step that rolled back wrote nothing and sent nothing").isEmpty();
            assertThat(log(complaint)).noneMatch(row -> rolledBack.equals(row.getRecipient()));
        } finally {
            live.stop();
        }
    }

    @Test
    void theSweep_sendsLettersLeftBehind_andAttemptsCutOffByANodeThatStopped() {
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", uniqueEmail(), null, false);
        Correspondence leftBehind = only(complaint, "stage1-acknowledgement");
        String cutOffEmail = uniqueEmail();
        Correspondence cutOff = queuedLetter(complaint, cutOffEmail);
        // a node claimed it and stopped before sending
        transactions.executeWithoutResult(status -> correspondence.claim(cutOff.getId(), now(), now()));

        assertThat(outbox.sendDue()).as("the queued one; the interrupted one is not stale yet").isGreaterThanOrEqualTo(1);
        assertThat(correspondence.findById(leftBehind.getId()).orElseThrow().getStatus())
                .isEqualTo(CorrespondenceStatus.SENT);
        assertThat(mailTo(cutOffEmail)).isEmpty();

        ClockUtil.setCurrentTime(java.util.Date.from(now().plus(notificationProperties.interruptedAfter())
                .plusSeconds(60)));
        outbox.sendDue();
        assertThat(mailTo(cutOffEmail)).hasSize(1);
        assertThat(correspondence.findById(cutOff.getId()).orElseThrow().getAttempts()).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAttemptThatFailsAfterTheLetterLeft_isRepeated_withoutSendingItAgain() {
        String email = uniqueEmail();
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", email, null, false);
        Correspondence queued = only(complaint, "stage1-acknowledgement");

        failOnceAfterSend.arm();
        assertThatThrownBy(() -> delivery.deliver(queued.getId())).hasMessageContaining("simulated");
        assertThat(mailTo(email)).as("the letter left before the failure").hasSize(1);

        ClockUtil.setCurrentTime(java.util.Date.from(now().plus(Duration.ofHours(1))));
        assertThat(delivery.deliver(queued.getId())).isFalse();
        assertThat(outbox.sendDue()).isZero();

        assertThat(mailTo(email)).as("exactly once").hasSize(1);
        assertThat(correspondence.findById(queued.getId()).orElseThrow().getAttempts()).isEqualTo(1);
    }

    @Test
    void aSecondNodeDeliveringTheSameLetter_sendsNothing() {
        String email = uniqueEmail();
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", email, null, false);
        Correspondence queued = only(complaint, "stage1-acknowledgement");

        assertThat(delivery.deliver(queued.getId())).isTrue();
        assertThat(delivery.deliver(queued.getId())).isFalse();
        assertThat(sendLetters(complaint.getReference())).isZero();

        assertThat(mailTo(email)).hasSize(1);
    }

    @Test
    void childrensChaseLadder_emailsTheCandidateGroupOnWorkingDay7_withoutTheComplainantsDetails() throws Exception {
        Complaint complaint = receive("leicestershire-childrens-statutory", "Casey Child", uniqueEmail(), null,
                false);
        // day 7 of stage 1 from 23 December 2026 is Tuesday 5 January 2027
        clockAt(LocalDate.of(2027, 1, 6), LocalTime.of(0, 1));
        runDueJobs(complaint.getReference());

        List<Correspondence> chases = log(complaint).stream().filter(c -> c.getLetter().equals("chase")).toList();
        assertThat(chases).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getAudience()).isEqualTo(Audience.STAFF);
            assertThat(c.getRecipient()).endsWith("@redress.invalid");
            assertThat(c.getBody()).doesNotContain("Casey").contains("Chase the Team Manager");
        });
        assertThat(chases).extracting(Correspondence::getRecipient)
                .contains("leicestershire-childrens-complaints@redress.invalid");
        Correspondence first = chases.get(0);
        assertThat(delivery.deliver(first.getId())).isTrue();
        assertThat(mailTo(first.getRecipient())).hasSize(1);
    }

    @Test
    void anExtension_isExplainedToTheComplainant_withTheNewDate() {
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", uniqueEmail(), null, false);
        clockAt(LocalDate.of(2027, 1, 6));
        processEngine.getTaskService().complete(respondTask(complaint), java.util.Map.of("responseAction", "extend",
                "extendedTo", "2027-01-20", "extensionReason", "we are waiting for the contractor's records"));

        Correspondence extension = only(complaint, "extension");
        assertThat(extension.getBody()).contains("The reason is: we are waiting for the contractor's records")
                .contains("We will now send you our response by Wednesday 20 January 2027.");
    }

    @Test
    void aDeadlineTimerFiring_warnsThePeopleOnTheTask() {
        Complaint complaint = receive("warwickshire-general", "Jo Bloggs", uniqueEmail(), null, false);
        // stage 1 is due by the end of Monday 11 January 2027
        clockAt(LocalDate.of(2027, 1, 12), LocalTime.of(0, 1));
        runDueJobs(complaint.getReference());

        List<Correspondence> warnings = log(complaint).stream()
                .filter(c -> c.getLetter().equals("overdue-warning")).toList();
        assertThat(warnings).extracting(Correspondence::getRecipient)
                .contains("warwickshire-service-officers@redress.invalid");
        assertThat(warnings).allSatisfy(w -> {
            assertThat(w.getAudience()).isEqualTo(Audience.STAFF);
            assertThat(w.getSubject()).startsWith("Overdue: complaint " + complaint.getReference());
            assertThat(w.getBody()).contains("Monday 11 January 2027").doesNotContain("Jo Bloggs");
        });
    }

    private ResponseEntity<JsonNode> post(String url, String user) {
        HttpHeaders headers = auth(user);
        headers.setContentType(MediaType.APPLICATION_JSON); // as the API asks of every call that changes something
        return http.exchange(url, HttpMethod.POST, new HttpEntity<>("{}", headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String url) {
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(auth("demo")), JsonNode.class);
    }

    private static HttpHeaders auth(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        return headers;
    }
}
