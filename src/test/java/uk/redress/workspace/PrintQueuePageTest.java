package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceLog;
import uk.redress.notification.CorrespondenceRepository;

/**
 * The print queue: a posted letter waits there with its PDF until its team marks it printed and posted (who and
 * when recorded, shown on the case page); another council's officer neither sees it nor may mark it, and
 * auditors read the queue but mark nothing.
 */
class PrintQueuePageTest extends RedressSpringTest {

    private static final String OFFICER = "harborough-service-officers";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    CorrespondenceLog log;
    @Autowired
    CorrespondenceRepository repository;

    /** A complaint by post: its acknowledgement is rendered to PDF for printing by its delivery job. */
    private Correspondence postedLetter() {
        String reference = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.now(LONDON), Channel.POST,
                new IntakeRequest.ComplainantDetails("Pat Printer", null, null, "3 Mill Lane, Market Harborough", false),
                "Parking", "Ticket issued while the machine was broken", null, null, false, null, Set.of()))
                .getReference();
        Correspondence queued = log.of(reference).get(0);
        sendLetters(reference);
        return repository.findById(queued.getId()).orElseThrow();
    }

    private static String markAction(Correspondence letter) {
        return "/complaints/print-queue/" + letter.getId() + "/printed";
    }

    @Test
    void aPostedLetter_waitsWithItsPdf_untilItsTeamMarksItPrinted_andTheCasePageSaysWhoAndWhen() {
        Correspondence letter = postedLetter();
        assertThat(letter.awaitingPrint()).isTrue();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);

        String queue = officer.get("/complaints/print-queue").body();
        String pdfLink = "/complaints/" + letter.getComplaintReference() + "/letters/" + letter.getId();
        assertThat(queue).contains(letter.getComplaintReference(), "href=\"" + pdfLink + "\"", markAction(letter));
        assertThat(officer.get(pdfLink).body()).startsWith("%PDF");
        assertThat(officer.get("/complaints/" + letter.getComplaintReference()).body())
                .contains("waiting to be printed and posted");

        StaffSession.Page marked = officer.submit("/complaints/print-queue", markAction(letter), List.of());
        assertThat(marked.status()).isEqualTo(302);
        assertThat(officer.follow(marked).body()).contains("marked as printed and posted")
                .doesNotContain(markAction(letter));

        Correspondence printed = repository.findById(letter.getId()).orElseThrow();
        assertThat(printed.getPrintedBy()).isEqualTo(OFFICER);
        assertThat(printed.getPrintedAt()).isNotNull();
        assertThat(officer.get("/complaints/" + letter.getComplaintReference()).body())
                .contains("printed and posted on " + LocalDate.now(LONDON).format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) + " by " + OFFICER);
        // marked once: a second press changes nothing
        officer.submit("/complaints/print-queue", markAction(letter), List.of());
        assertThat(repository.findById(letter.getId()).orElseThrow().getPrintedAt()).isEqualTo(printed.getPrintedAt());
    }

    @Test
    void anotherCouncilsOfficer_neitherSeesNorMarksTheLetter() {
        Correspondence letter = postedLetter();
        StaffSession other = StaffSession.signedIn(port, "warwickshire-service-officers");

        assertThat(other.get("/complaints/print-queue").body()).doesNotContain(letter.getComplaintReference());
        StaffSession.Page refused = other.submit("/complaints/print-queue", markAction(letter), List.of());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(repository.findById(letter.getId()).orElseThrow().getPrintedAt()).isNull();
    }

    @Test
    void auditors_readTheQueue_butMarkNothing() {
        Correspondence letter = postedLetter();
        StaffSession auditor = StaffSession.signedIn(port, "auditors");

        String queue = auditor.get("/complaints/print-queue").body();
        assertThat(queue).contains(letter.getComplaintReference()).doesNotContain(markAction(letter));
        StaffSession.Page refused = auditor.submit("/complaints/print-queue", markAction(letter), List.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(repository.findById(letter.getId()).orElseThrow().getPrintedAt()).isNull();
    }

    @Test
    void nobodySignedIn_isSentToSignIn_andAnUnknownLetterIsNotFound() {
        Correspondence letter = postedLetter();
        StaffSession.Page anonymous = StaffSession.anonymous(port).get("/complaints/print-queue");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).contains("/complaints/sign-in");
        assertThat(StaffSession.signedIn(port, OFFICER).submit("/complaints/print-queue",
                "/complaints/print-queue/no-such-letter/printed", List.of()).status()).isEqualTo(404);
        assertThat(repository.findById(letter.getId()).orElseThrow().getPrintedAt()).isNull();
    }
}
