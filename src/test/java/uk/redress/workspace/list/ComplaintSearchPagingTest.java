package uk.redress.workspace.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.redress.RedressSpringTest;

/**
 * The list's order across pages, where the complaints with a running clock (soonest due first) give way to those
 * without one (oldest first): each complaint once, whichever page the change falls on, and a complaint with two
 * running clocks listed once, by the earlier.
 */
class ComplaintSearchPagingTest extends RedressSpringTest {

    private static final String PROCEDURE = "paging-test-procedure";
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Autowired
    ComplaintSearch search;
    @Autowired
    JdbcClient jdbc;

    private long id = 9_000_000;

    private void complaint(String reference, LocalDate receivedOn, LocalDate... openClocks) {
        jdbc.sql("""
                insert into complaint (id, reference, procedure, received_on, channel, complainant_anonymous,
                  service_area, summary, about_staff_behaviour, subject, concurrent_proceedings, stage, status,
                  created_at, version)
                values (:id, :reference, :procedure, :received, 'EMAIL', true, 'Paging', 'Paging', false, 'SERVICE',
                  '', 'stage-1', :status, current_timestamp, 0)""")
                .param("id", id++).param("reference", reference).param("procedure", PROCEDURE)
                .param("received", receivedOn).param("status", openClocks.length == 0 ? "CLOSED" : "OPEN").update();
        for (LocalDate due : openClocks) {
            jdbc.sql("""
                    insert into deadline (id, complaint_reference, process_instance_id, name, opened_on, day_zero,
                      due_on, state, paused_working_days, breached, version)
                    values (:id, :reference, 'none', :name, :day, :day, :due, 'OPEN', 0, false, 0)""")
                    .param("id", id++).param("reference", reference).param("name", "clock-" + id)
                    .param("day", DAY).param("due", due).update();
        }
    }

    /** The rows are written straight into the tables the other tests share: they leave with the test. */
    @AfterEach
    void removeTheRows() {
        jdbc.sql("delete from deadline where complaint_reference in (select reference from complaint where procedure = :p)")
                .param("p", PROCEDURE).update();
        jdbc.sql("delete from complaint where procedure = :p").param("p", PROCEDURE).update();
    }

    private ComplaintSearch.Result page(int page) {
        return search.find(new ComplaintFilters(null, null, null, null, null, null, page), List.of(PROCEDURE));
    }

    @Test
    void runningClocksFirst_soonestFirst_thenTheRestOldestFirst_eachOnce_acrossPages() {
        List<String> expected = new ArrayList<>();
        // two running clocks, the earlier due before every other complaint's: listed first, and once
        complaint("PG-R-200", DAY, DAY.plusDays(40), DAY);
        expected.add("PG-R-200");
        // 30 with one running clock, made latest-due first
        IntStream.rangeClosed(1, 30).forEach(n -> complaint("PG-R-" + (100 + n), DAY, DAY.plusDays(31 - n)));
        IntStream.rangeClosed(1, 30).map(n -> 31 - n).forEach(n -> expected.add("PG-R-" + (100 + n)));
        // 32 without a running clock, made newest first; listed oldest first
        IntStream.rangeClosed(1, 32).map(n -> 33 - n)
                .forEach(n -> complaint("PG-C-" + (100 + n), DAY.minusDays(100 - n)));
        IntStream.rangeClosed(1, 32).forEach(n -> expected.add("PG-C-" + (100 + n)));

        List<String> listed = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            ComplaintSearch.Result result = page(page);
            assertThat(result.total()).isEqualTo(63);
            assertThat(result.page()).isEqualTo(page);
            result.rows().forEach(row -> listed.add(row.reference()));
        }
        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(page(2).rows().get(0).nextDueOn()).isEqualTo(DAY.plusDays(25));
        assertThat(page(3).rows().get(0).nextDueOn()).as("the rest have no running clock").isNull();
    }

    @Test
    void complaintsDueTheSameDay_comeInTheOrderTheyWereRecorded() {
        // PG-T-1 recorded first, although the letter of PG-T-2 was received earlier (it came by post)
        complaint("PG-T-1", DAY, DAY.plusDays(3));
        complaint("PG-T-2", DAY.minusDays(6), DAY.plusDays(3));
        complaint("PG-T-0", DAY, DAY.plusDays(2));
        assertThat(page(1).rows()).extracting(ComplaintRow::reference).containsExactly("PG-T-0", "PG-T-1", "PG-T-2");
    }
}
