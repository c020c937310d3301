package uk.redress.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A period's complaint stages counted by everything the dashboard's stage tables tell apart, read from the database
 * in one pass ({@link FigureQueries#stageTally}); each table is then a sum over these counts.
 */
record StageTally(List<Row> rows) {

    /** The stage findings a response reaches; only these count towards timeliness. */
    static final Set<String> FINDINGS = Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD");

    /**
     * {@code n} stage rows alike: {@code ground} is the exclusion's ground (only for an exclusion), {@code onTime}
     * and {@code workingDays} are empty until the stage is answered.
     */
    record Row(String stage, String outcome, String ground, Boolean onTime, boolean extended, Integer workingDays,
               long n) {
    }

    /** Stages started, by stage (screening before any stage is not one). */
    Map<String, Long> entered() {
        Map<String, Long> entered = new TreeMap<>();
        rows.stream().filter(row -> !StageRecords.BEFORE_STAGES.equals(row.stage()))
                .forEach(row -> entered.merge(row.stage(), row.n(), Long::sum));
        return entered;
    }

    /** Stages ended, by stage and then outcome. */
    Map<String, Map<String, Long>> outcomes() {
        Map<String, Map<String, Long>> outcomes = new TreeMap<>();
        rows.stream().filter(row -> row.outcome() != null).forEach(row -> outcomes
                .computeIfAbsent(row.stage(), stage -> new TreeMap<>()).merge(row.outcome(), row.n(), Long::sum));
        return outcomes;
    }

    /** Complaints excluded, by ground (a ground not recorded last). */
    Map<String, Long> exclusionsByGround() {
        Map<String, Long> grounds = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        rows.stream().filter(row -> Outcome.EXCLUDED.name().equals(row.outcome()))
                .forEach(row -> grounds.merge(row.ground(), row.n(), Long::sum));
        return grounds;
    }

    /** Per stage answered with a finding: how many, how timely, and the working days each took. */
    Map<String, Timeliness> timeliness() {
        Map<String, Timeliness> byStage = new TreeMap<>();
        rows.stream()
                .filter(row -> row.outcome() != null && FINDINGS.contains(row.outcome()) && row.workingDays() != null)
                .forEach(row -> byStage.computeIfAbsent(row.stage(), stage -> new Timeliness()).add(row));
        return byStage;
    }

    /** The answered stages of one stage: counts, and how many took each number of working days. */
    static final class Timeliness {
        private long answered;
        private long onTime;
        private long onTimeExtended;
        private long late;
        private long days;
        private final TreeMap<Integer, Long> byDays = new TreeMap<>();

        private void add(Row row) {
            answered += row.n();
            if (Boolean.TRUE.equals(row.onTime())) {
                if (row.extended()) {
                    onTimeExtended += row.n();
                } else {
                    onTime += row.n();
                }
            } else if (Boolean.FALSE.equals(row.onTime())) {
                late += row.n();
            }
            days += row.workingDays() * row.n();
            byDays.merge(row.workingDays(), row.n(), Long::sum);
        }

        long answered() {
            return answered;
        }

        /** Within the deadline, not extended. */
        long onTime() {
            return onTime;
        }

        /** Within a deadline that was extended. */
        long onTimeExtended() {
            return onTimeExtended;
        }

        long late() {
            return late;
        }

        double averageDays() {
            return answered == 0 ? 0 : (double) days / answered;
        }

        /** Nearest-rank 90th percentile: the fewest working days that at least 90% of the answers took no more than. */
        int percentile90Days() {
            long rank = (long) Math.ceil(0.9 * answered);
            long seen = 0;
            for (Map.Entry<Integer, Long> entry : byDays.entrySet()) {
                seen += entry.getValue();
                if (seen >= rank) {
                    return entry.getKey();
                }
            }
            return 0;
        }
    }
}
