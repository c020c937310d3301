package uk.redress.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A period's complaint stages counted by everything the dashboard's stage tables tell apart, read from the database
 * as counts of like rows ({@link FigureQueries#stageTally}); each table is then a sum over these counts.
 * {@code excludedByGround} counts the exclusions by their ground (a ground not recorded under {@code null}), read
 * apart from the few excluded rows.
 */
record StageTally(List<Row> rows, Map<String, Long> excludedByGround) {

    /** The stage findings a response reaches; only these count towards timeliness. */
    static final Set<String> FINDINGS = Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD");
    /** The exclusions table's row for exclusions recorded without their ground (shown as "Not recorded"). */
    static final String GROUND_NOT_RECORDED = "not-recorded";

    /** {@code n} stage rows alike: {@code onTime} and {@code workingDays} are empty until the stage is answered. */
    record Row(String stage, String outcome, Boolean onTime, boolean extended, Integer workingDays, long n) {
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

    /**
     * Complaints excluded, by ground, in the grounds' order (the same on every database); exclusions recorded without
     * their ground (none since grounds were recorded) last, as {@link #GROUND_NOT_RECORDED}.
     */
    Map<String, Long> exclusionsByGround() {
        Map<String, Long> grounds = new TreeMap<>();
        excludedByGround.forEach((ground, n) -> {
            if (ground != null) {
                grounds.put(ground, n);
            }
        });
        Map<String, Long> inOrder = new LinkedHashMap<>(grounds);
        Long unrecorded = excludedByGround.get(null);
        if (unrecorded != null && unrecorded > 0) {
            inOrder.put(GROUND_NOT_RECORDED, unrecorded);
        }
        return inOrder;
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
