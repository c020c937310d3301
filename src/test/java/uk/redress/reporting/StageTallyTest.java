package uk.redress.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's stage tables summed from counts of like rows (the database's one pass) instead of row by row. */
class StageTallyTest {

    private static StageTally.Row row(String stage, String outcome, Boolean onTime, boolean extended, Integer days,
                                      long n) {
        return new StageTally.Row(stage, outcome, onTime, extended, days, n);
    }

    private static StageTally tally(List<StageTally.Row> rows) {
        return new StageTally(rows, Map.of());
    }

    @Test
    void timeliness_countsEachAnswerOnce_andOnlyFindingsWithWorkingDays() {
        StageTally tally = tally(List.of(
                row("stage1", "UPHELD", true, false, 8, 3),
                row("stage1", "NOT_UPHELD", true, true, 14, 2),
                row("stage1", "PARTLY_UPHELD", false, true, 25, 1),
                row("stage1", "PARTLY_UPHELD", null, false, 9, 1),   // answered, timeliness not recorded
                row("stage1", "WITHDRAWN", null, false, null, 4),   // not a finding
                row("stage1", "UPHELD", null, false, null, 5),      // found, working days not recorded
                row("stage1", null, null, false, null, 6),          // still being answered
                row("stage1", "DISCONTINUED", true, false, 12, 3),  // stopped: not an answer, whatever its days
                row("stage2", "UPHELD", true, false, 20, 1),
                row("stage2", "NOT_UPHELD", false, false, 31, 1)));

        StageTally.Timeliness stage1 = tally.timeliness().get("stage1");
        assertThat(stage1.answered()).isEqualTo(7);
        assertThat(stage1.onTime()).isEqualTo(3);
        assertThat(stage1.onTimeExtended()).isEqualTo(2);
        assertThat(stage1.late()).isEqualTo(1);
        assertThat(stage1.averageDays()).isEqualTo((3 * 8 + 2 * 14 + 25 + 9) / 7.0);
        assertThat(stage1.percentile90Days()).isEqualTo(25);
        assertThat(tally.timeliness()).containsOnlyKeys("stage1", "stage2");
        StageTally.Timeliness stage2 = tally.timeliness().get("stage2");
        assertThat(new long[] {stage2.answered(), stage2.onTime(), stage2.onTimeExtended(), stage2.late()})
                .containsExactly(2, 1, 0, 1);
        assertThat(stage2.averageDays()).isEqualTo(25.5);
        assertThat(stage2.percentile90Days()).isEqualTo(31);
    }

    @Test
    void percentile_isTheNearestRank_asOverTheSortedList() {
        Random random = new Random(18);
        for (int sample = 0; sample < 200; sample++) {
            List<Integer> days = new ArrayList<>();
            List<StageTally.Row> rows = new ArrayList<>();
            int size = 1 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                int d = random.nextInt(30);
                days.add(d);
                rows.add(row("stage1", "UPHELD", true, false, d, 1));
            }
            Collections.sort(days);
            int expected = days.get((int) Math.ceil(0.9 * days.size()) - 1);
            assertThat(tally(rows).timeliness().get("stage1").percentile90Days()).as(days.toString())
                    .isEqualTo(expected);
        }
        // ten answers: the 9th smallest; grouped rows count by their n
        assertThat(tally(List.of(row("stage1", "UPHELD", true, false, 5, 8),
                row("stage1", "UPHELD", true, false, 7, 1), row("stage1", "UPHELD", true, false, 40, 1)))
                .timeliness().get("stage1").percentile90Days()).isEqualTo(7);
    }

    @Test
    void stagesEntered_leaveOutScreening_outcomesKeepIt_exclusionsByGroundInOrderWithTheUnrecordedLast() {
        Map<String, Long> grounds = new java.util.HashMap<>();
        grounds.put("older-than-12-months", 4L);
        grounds.put(null, 1L);
        grounds.put("legal-proceedings", 2L);
        StageTally tally = new StageTally(List.of(
                row("received", "EXCLUDED", null, false, null, 5),
                row("stage1", "EXCLUDED", null, false, null, 2),
                row("stage1", null, null, false, null, 6),
                row("stage1", "UPHELD", true, false, 3, 2),
                row("stage2", "REFUSED_ESCALATION", null, false, null, 1)), grounds);

        assertThat(tally.entered()).containsExactly(Map.entry("stage1", 10L), Map.entry("stage2", 1L));
        assertThat(tally.outcomes()).containsOnlyKeys("received", "stage1", "stage2");
        assertThat(tally.outcomes().get("stage1")).containsExactly(Map.entry("EXCLUDED", 2L), Map.entry("UPHELD", 2L));
        assertThat(new ArrayList<>(tally.exclusionsByGround().entrySet())).containsExactly(
                Map.entry("legal-proceedings", 2L), Map.entry("older-than-12-months", 4L),
                Map.entry(StageTally.GROUND_NOT_RECORDED, 1L));
    }
}
