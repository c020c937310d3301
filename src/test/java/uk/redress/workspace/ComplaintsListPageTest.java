package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.IntakeRequest;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/** The complaints list: a team finds its own complaints by what the caller says, soonest deadline first. */
class ComplaintsListPageTest extends RedressSpringTest {

    private static final String OFFICER = "harborough-complaints-officers";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    DeadlineRepository deadlines;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ComplaintRepository complaints;

    private String complaint(String name, String email, String address, LocalDate receivedOn) {
        return intake.receive(new IntakeRequest("harborough-corporate", receivedOn, Channel.PHONE,
                new IntakeRequest.ComplainantDetails(name, email, null, address, false),
                "Street cleaning", "Litter left for a month", null, null, false, null, Set.of())).getReference();
    }

    private static String unique() {
        return "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private StaffSession.Page list(String query) {
        return StaffSession.signedIn(port, OFFICER).get("/complaints?" + query);
    }

    @Test
    void aCallerIsFound_byReference_name_postcode_orEmail() {
        String surname = unique();
        String reference = complaint("Morgan " + surname, surname + "@example.org", "2 High Street\nLutterworth LE17 4AB",
                LocalDate.now(LONDON));
        complaint("Someone Else", null, null, LocalDate.now(LONDON));

        assertThat(list("q=" + reference).body()).contains(reference, "<span>1</span> <span>complaint</span>");
        assertThat(list("q=morgan+" + surname.toLowerCase()).body()).contains(reference);
        assertThat(list("q=" + surname.toUpperCase() + "%40EXAMPLE.ORG").body()).contains(reference);
        assertThat(list("q=le174ab").body()).contains(reference);
        assertThat(list("q=LE17+4AB").body()).contains(reference);
        assertThat(list("q=" + surname + "%25").body()).contains("<span>0</span> <span>complaints</span>");
    }

    @Test
    void anotherCouncilsOfficer_findsNothingOfThisCouncils() {
        String surname = unique();
        String reference = complaint("Riley " + surname, null, null, LocalDate.now(LONDON));
        StaffSession stranger = StaffSession.signedIn(port, "warwickshire-service-officers");
        assertThat(stranger.get("/complaints?q=" + reference).body()).doesNotContain("href=\"/complaints/" + reference)
                .contains("<span>0</span> <span>complaints</span>");
        assertThat(stranger.get("/complaints?procedure=harborough-corporate").body()).doesNotContain("HDC-");
        assertThat(stranger.get("/complaints").body()).doesNotContain("Harborough");
    }

    @Test
    void theSoonestDeadline_comesFirst_andOverdueAndDueThisWeek_filterByTheRunningClocks() {
        String surname = unique();
        LocalDate today = LocalDate.now(LONDON);
        String fresh = complaint("Fresh " + surname, null, null, today);
        String late = complaint("Late " + surname, null, null, today.minusDays(40));

        String all = list("q=" + surname).body();
        assertThat(all.indexOf(late)).isPositive().isLessThan(all.indexOf(fresh));

        assertThat(list("q=" + surname + "&due=overdue").body()).contains(late).doesNotContain(fresh);

        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        boolean freshDueThisWeek = deadlines.findByComplaintReferenceAndStateIn(fresh, EnumSet.of(DeadlineState.OPEN))
                .stream().anyMatch(d -> !d.getDueOn().isAfter(sunday));
        String thisWeek = list("q=" + surname + "&due=this-week").body();
        assertThat(thisWeek.contains(fresh)).isEqualTo(freshDueThisWeek);
        assertThat(thisWeek).doesNotContain(late);
    }

    @Test
    void filtersByProcedureStageAndStatus_keepTheSearch() {
        String surname = unique();
        String reference = complaint("Filter " + surname, null, null, LocalDate.now(LONDON));
        String stage = complaints.findByReference(reference).orElseThrow().getStage();
        assertThat(list("q=" + surname + "&procedure=harborough-corporate&stage=" + stage + "&status=OPEN").body())
                .contains(reference);
        assertThat(list("q=" + surname + "&status=CLOSED").body()).doesNotContain(reference);
        assertThat(list("q=" + surname + "&stage=stage2").body()).doesNotContain(reference);
        assertThat(list("q=" + surname + "&status=NONSENSE&page=abc").status()).isEqualTo(200);
        assertThat(list("").body()).as("the stage filter offers the stages the readable complaints are at")
                .contains("<option value=\"" + stage + "\"");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void moreThanAThousandMatches_areCountedToAThousand_andPagedOnToTheEnd() {
        String surname = unique();
        // written straight into the table (an intake each would take minutes), and taken out again after
        jdbc.batchUpdate("""
                insert into complaint (id, reference, procedure, received_on, channel, complainant_anonymous,
                  complainant_name, service_area, summary, about_staff_behaviour, subject, concurrent_proceedings,
                  stage, status, created_at, version)
                values (?, ?, 'harborough-corporate', ?, 'EMAIL', false, ?, 'Counting', 'Counting', false, 'SERVICE',
                  '', 'stage1', 'CLOSED', current_timestamp, 0)""", java.util.stream.IntStream.range(0, 1030)
                .mapToObj(n -> new Object[] {8_000_000L + n, "MANY-" + surname + "-" + n,
                        LocalDate.now(LONDON).minusDays(n), "Many " + surname}).toList());
        try {
            String first = list("q=" + surname).body();
            assertThat(first).contains("<span>More than</span>", "<span>1,000</span> <span>complaints</span>", "Page 1<",
                    "rel=\"next\"").doesNotContain("Page 1 of");
            assertThat(list("q=" + surname + "&page=41").body()).as("counted as far as the page asked for")
                    .contains("<span>More than</span>", "<span>1,025</span>", "Page 41<", "rel=\"next\"");
            String last = list("q=" + surname + "&page=42").body();
            assertThat(last).contains("<span>1,030</span> <span>complaints</span>", "Page 42 of 42")
                    .doesNotContain("More than", "rel=\"next\"");
            assertThat(last.split("href=\"/complaints/MANY-").length - 1).isEqualTo(5);
        } finally {
            jdbc.update("delete from complaint where reference like ?", "MANY-" + surname + "-%");
        }
    }

    @Test
    void twentySixComplaints_makeTwoPages() {
        String surname = unique();
        for (int i = 0; i < 26; i++) {
            complaint("Pager " + surname, null, null, LocalDate.now(LONDON));
        }
        String first = list("q=" + surname).body();
        assertThat(first).contains("<span>26</span> <span>complaints</span>", "Page 1 of 2", "rel=\"next\"");
        assertThat(first.split("href=\"/complaints/HDC-").length - 1).isEqualTo(25);
        String second = list("q=" + surname + "&page=2").body();
        assertThat(second).contains("Page 2 of 2", "rel=\"prev\"");
        assertThat(second.split("href=\"/complaints/HDC-").length - 1).isEqualTo(1);
        assertThat(list("q=" + surname + "&page=9").body()).as("past the last page: the last page")
                .contains("Page 2 of 2").contains("href=\"/complaints/HDC-");
    }

    @Test
    void theTeamFilter_findsComplaintsWaitingOnThatTeamsTasks_andNamesTeamsInWords() {
        String surname = unique();
        String reference = complaint("Team " + surname, null, null, LocalDate.now(LONDON));
        // the first step of a complaint not about staff behaviour is the service officers' informal resolution
        assertThat(list("q=" + surname + "&team=harborough-service-officers").body()).contains(reference);
        assertThat(list("q=" + surname + "&team=harborough-complaints-officers").body()).doesNotContain(reference)
                .contains("<span>0</span> <span>complaints</span>");
        assertThat(list("").body()).contains("<option value=\"harborough-service-officers\">Harborough service officers</option>")
                .doesNotContain("warwickshire-");
        assertThat(list("team=harborough-service-officers&q=" + surname + "&page=1").body())
                .contains("name=\"team\"", "selected=\"selected\">Harborough service officers</option>");
        assertThat(StaffSession.signedIn(port, "warwickshire-service-officers")
                .get("/complaints?team=harborough-service-officers&q=" + surname).body()).doesNotContain(reference);
    }
}
