package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/** The case page: one complaint, its clocks with their dates and working days left, for its own teams only. */
class CasePageTest extends RedressSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    DeadlineRepository deadlines;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    uk.redress.notification.CorrespondenceLog correspondence;

    private String harboroughComplaint() {
        return intake.receive(new IntakeRequest("harborough-corporate", LocalDate.now(LONDON), Channel.EMAIL,
                new IntakeRequest.ComplainantDetails("Casey Page", "casey@example.org", null, null, false),
                "Parking", "Ticket issued while the machine was broken", null, null, false, null, Set.of()))
                .getReference();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void aLetterThatFailedOnEveryAttempt_isSentAgainFromTheTimeline_byTheTeamOnly() {
        String reference = harboroughComplaint();
        String id = correspondence.of(reference).get(0).getId();
        // the mail server was down for hours: every attempt used
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status ->
                letterLog.markFailed(id, "Email to the mail server failed", null));
        String action = "/complaints/" + reference + "/letters/" + id + "/send-again";

        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.get("/complaints/" + reference).body()).contains("every try failed")
                .doesNotContain(action);
        assertThat(auditor.submit("/complaints/" + reference, action, java.util.List.of()).status()).isEqualTo(403);
        assertThat(StaffSession.signedIn(port, "warwickshire-customer-relations")
                .submit("/complaints", action, java.util.List.of()).status()).isEqualTo(404);
        StaffSession.Page nobody = StaffSession.anonymous(port).submit("/complaints/sign-in", action, java.util.List.of());
        assertThat(nobody.status()).isEqualTo(302);
        assertThat(nobody.location()).contains("/complaints/sign-in");
        assertThat(letterLog.findById(id).orElseThrow().getStatus())
                .isEqualTo(uk.redress.notification.CorrespondenceStatus.FAILED);

        StaffSession officer = StaffSession.signedIn(port, "harborough-service-officers");
        assertThat(officer.get("/complaints/" + reference).body()).contains(action, "Send it again");
        StaffSession.Page sent = officer.submit("/complaints/" + reference, action, java.util.List.of());
        assertThat(sent.status()).isIn(200, 302);
        assertThat(letterLog.findById(id).orElseThrow().getStatus()).as("queued to leave again")
                .isEqualTo(uk.redress.notification.CorrespondenceStatus.QUEUED);
        assertThat(sendLetters(reference)).isOne();
        assertThat(officer.get("/complaints/" + reference).body()).doesNotContain(action);
    }

    @Test
    void theHandlingTeam_seesTheComplainant_andEveryRunningClockWithItsDateAndWorkingDaysLeft() {
        String reference = harboroughComplaint();
        var clock = deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(reference,
                java.util.EnumSet.of(DeadlineState.OPEN)).get(0);
        int left = calendar.workingDaysBetween(calendar.today(), clock.getDueOn());
        String due = clock.getDueOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));

        StaffSession.Page page = StaffSession.signedIn(port, "harborough-service-officers").get("/complaints/" + reference);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Casey Page", "casey@example.org", "Parking", "Harborough DC corporate complaints",
                due, left + " working days left");
    }

    @Test
    void theOpenTask_linksIntoTasklist_andOnceDone_isOnTheTimelineWithWhoDidIt() {
        String reference = harboroughComplaint();
        var task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        StaffSession officer = StaffSession.signedIn(port, "harborough-service-officers");

        assertThat(officer.get("/complaints/" + reference).body()).contains(
                "href=\"/camunda/app/tasklist/default/#/?task=" + task.getId() + "\"", task.getName(),
                "For Harborough service officers.");

        processEngine.getIdentityService().setAuthentication("harborough-service-officers",
                java.util.List.of("harborough-service-officers"));
        try {
            processEngine.getTaskService().complete(task.getId(), java.util.Map.of("informalOutcome", "notResolved",
                    "informalActionsSummary", "Needs a Service Manager decision."));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        runDueJobs(reference);

        String page = officer.get("/complaints/" + reference).body();
        String timeline = page.substring(page.indexOf("id=\"timeline\""));
        assertThat(timeline).contains("Complaint recorded", "Received", task.getName(),
                ">by harborough-service-officers", "Informal response clock started",
                "Outcome of the informal stage: Cannot be resolved at this stage: refer to the Information and"
                        + " Complaints Officer", "Needs a Service Manager decision.")
                .doesNotContain("informalOutcome", "notResolved", "informalActionsSummary");
        correspondence.of(reference).forEach(letter -> assertThat(timeline).contains("Read the letter"));
        assertThat(timeline.indexOf(task.getName())).as("newest first").isLessThan(timeline.indexOf("Complaint recorded"));
    }

    @Test
    void aPostedLetter_isDownloadedToPrint_byTheTeamOnly() {
        String reference = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.now(LONDON), Channel.POST,
                new IntakeRequest.ComplainantDetails("Pat Post", null, null, "9 Church Street, Lutterworth", false),
                "Parking", "Ticket issued while the machine was broken", null, null, false, null, Set.of()))
                .getReference();
        var queued = correspondence.of(reference).get(0);
        sendLetters(reference);
        var posted = correspondence.of(reference).stream().filter(row -> row.getDocument() != null).findFirst()
                .orElseThrow();
        String link = "/complaints/" + reference + "/letters/" + posted.getId();

        StaffSession officer = StaffSession.signedIn(port, "harborough-service-officers");
        assertThat(officer.get("/complaints/" + reference).body()).contains("href=\"" + link + "\"");
        StaffSession.Page pdf = officer.get(link);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        assertThat(StaffSession.signedIn(port, "warwickshire-service-officers").get(link).status()).isEqualTo(404);
        assertThat(officer.get("/complaints/" + reference + "/letters/no-such-letter").status()).isEqualTo(404);
    }

    @Test
    void anotherCouncilsOfficer_isToldThereIsNoSuchComplaint_notThatItIsForbidden() {
        String reference = harboroughComplaint();
        StaffSession.Page page = StaffSession.signedIn(port, "warwickshire-service-officers").get("/complaints/" + reference);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("Casey Page", reference);
    }

    @Test
    void anUnknownReference_isNotFound() {
        StaffSession.Page page = StaffSession.signedIn(port, "harborough-service-officers").get("/complaints/HDC-1999-999999");
        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void auditors_readTheCasePage() {
        String reference = harboroughComplaint();
        assertThat(StaffSession.signedIn(port, "auditors").get("/complaints/" + reference).body()).contains("Casey Page");
    }

    private static String timelineOf(StaffSession.Page page) {
        return page.body().substring(page.body().indexOf("id=\"timeline\""));
    }

    private void completeAs(String user, String taskId, java.util.Map<String, Object> variables) {
        processEngine.getIdentityService().setAuthentication(user, java.util.List.of(user));
        try {
            processEngine.getTaskService().complete(taskId, variables);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void anExtension_isOnTheTimeline_withItsNewDate_theWorkingDaysAdded_andWhoAskedForIt() {
        String team = "warwickshire-adult-social-care";
        String reference = intake.receive(new IntakeRequest(team, LocalDate.now(LONDON), Channel.EMAIL,
                new IntakeRequest.ComplainantDetails("Ezra Extend", "ezra@example.org", null, null, false),
                "Home care", "Carers arrive late", null, null, false, null, Set.of())).getReference();
        var clock = deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(reference,
                java.util.EnumSet.of(DeadlineState.OPEN)).get(0);
        LocalDate extended = calendar.addWorkingDays(clock.getDueOn(), 3);
        var task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        completeAs(team, task.getId(), java.util.Map.of("responseAction", "extend", "extendedTo", extended.toString()));

        String timeline = timelineOf(StaffSession.signedIn(port, team).get("/complaints/" + reference));

        var format = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
        assertThat(timeline).contains(new uk.redress.workspace.Wording(calendar).words(clock.getName()) + " clock extended",
                "Now due " + extended.format(format) + " instead of " + clock.getDueOn().format(format)
                        + ": 3 working days more",
                "What are you doing?: Extend: the matter is complex (Redress writes to the complainant with the new date and your reason)",
                "New response date: " + extended.format(format), ">by " + team)
                .doesNotContain("responseAction", "extendedTo");
    }

    @Test
    void aNote_isAddedByTheTeam_shownAsText_andRefusedWhenEmptyOrTooLong() {
        String reference = harboroughComplaint();
        String page = "/complaints/" + reference;
        StaffSession officer = StaffSession.signedIn(port, "harborough-service-officers");

        StaffSession.Page empty = officer.submit(page, page + "/notes", java.util.List.of(java.util.Map.entry("note", "  ")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("<a href=\"#note\">Enter the note</a>");
        StaffSession.Page tooLong = officer.submit(page, page + "/notes",
                java.util.List.of(java.util.Map.entry("note", "x".repeat(2001))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("The note must be 2000 characters or fewer (it has 2001)");
        assertThat(timelineOf(officer.get(page))).doesNotContain(">Note<");

        StaffSession.Page added = officer.submit(page, page + "/notes",
                java.util.List.of(java.util.Map.entry("note", "Rang back: <b>not</b> at home")));
        assertThat(added.status()).isEqualTo(302);
        String timeline = timelineOf(officer.get(page));
        assertThat(timeline).contains(">Note<", "Rang back: &lt;b&gt;not&lt;/b&gt; at home",
                ">by harborough-service-officers").doesNotContain("<b>not</b>");
        assertThat(timelineOf(StaffSession.signedIn(port, "auditors").get(page))).contains("Rang back");
    }

    @Test
    void notes_areRefusedToAnAuditor_toAnotherCouncilsOfficer_andToNobody() {
        String reference = harboroughComplaint();
        String action = "/complaints/" + reference + "/notes";
        var note = java.util.List.of(java.util.Map.entry("note", "Not allowed"));

        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.get("/complaints/" + reference).body()).doesNotContain("Add the note", "Add the document");
        assertThat(auditor.submit("/complaints", action, note).status()).isEqualTo(403);
        assertThat(StaffSession.signedIn(port, "warwickshire-service-officers").submit("/complaints", action, note)
                .status()).isEqualTo(404);
        StaffSession.Page nobody = StaffSession.anonymous(port).submit("/complaints/sign-in", action, note);
        assertThat(nobody.status()).isEqualTo(302);
        assertThat(nobody.location()).contains("/complaints/sign-in");
        assertThat(timelineOf(StaffSession.signedIn(port, "harborough-service-officers").get("/complaints/" + reference)))
                .doesNotContain("Not allowed");
    }

    @Test
    void aDocument_isAddedByTheTeam_listed_downloaded_andRefusedIfNotATakenKind() {
        String reference = harboroughComplaint();
        String page = "/complaints/" + reference;
        StaffSession officer = StaffSession.signedIn(port, "harborough-service-officers");

        StaffSession.Page added = officer.upload(page, page + "/documents", "document", "phone-notes.txt",
                "Called on Monday".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(added.status()).isEqualTo(302);
        String body = officer.get(page).body();
        var link = java.util.regex.Pattern.compile("href=\"(/complaints/" + reference + "/documents/[^\"]+)\"")
                .matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(body).contains("phone-notes.txt", "by harborough-service-officers", "16 bytes",
                "Document added: phone-notes.txt");
        StaffSession.Page download = officer.get(link.group(1));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Called on Monday");
        assertThat(StaffSession.signedIn(port, "auditors").get(link.group(1)).status()).isEqualTo(200);
        assertThat(StaffSession.signedIn(port, "warwickshire-service-officers").get(link.group(1)).status())
                .isEqualTo(404);

        StaffSession.Page program = officer.upload(page, page + "/documents", "document", "run.exe",
                new byte[] {'M', 'Z', 0, 0});
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.body()).contains("The file must be a PDF, JPEG, PNG, Word (.docx) or text file");
        StaffSession.Page big = officer.upload(page, page + "/documents", "document", "big.txt",
                "a".repeat(5_000_001).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.body()).contains("The file must be smaller than 5 MB");
        assertThat(StaffSession.signedIn(port, "auditors").upload(page, page + "/documents", "document", "a.txt",
                "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(StaffSession.signedIn(port, "warwickshire-service-officers").upload("/complaints",
                page + "/documents", "document", "a.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(404);
        assertThat(officer.get(page).body().split("Document added: ").length - 1).isEqualTo(1);
    }
}
