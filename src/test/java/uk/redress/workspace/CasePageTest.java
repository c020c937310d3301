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
                " by harborough-service-officers", "Informal response clock started");
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
        var delivery = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-letter")
                .variableValueEquals("correspondenceId", queued.getId()).singleResult();
        processEngine.getManagementService().executeJob(processEngine.getManagementService().createJobQuery()
                .processInstanceId(delivery.getId()).singleResult().getId());
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
}
