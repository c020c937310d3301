package uk.redress.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.redress.complaint.ComplaintStatus;

/**
 * The counts behind the reports, straight from Redress's tables with the database doing the counting (a council's
 * ten years of complaints never come into memory; only the working days of answered stages do, for the 90th
 * percentile). Every query is limited to the procedures the caller may read.
 */
@Component
class FigureQueries {

    static final String FINDINGS = "('UPHELD','PARTLY_UPHELD','NOT_UPHELD')";

    private final NamedParameterJdbcTemplate jdbc;

    FigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Complaints received in the period, by how they came in. */
    Map<String, Long> receivedByChannel(Scope scope) {
        return counts("select channel k, count(*) n from complaint c where " + scope.where("c")
                + " group by channel order by channel", scope);
    }

    /** Stages started by complaints received in the period. */
    Map<String, Long> stagesEntered(Scope scope) {
        return counts("select stage k, count(*) n from complaint_stage s where " + scope.where("s")
                + " and stage <> 'received' group by stage order by stage", scope);
    }

    /** Per stage: answered, on time without extension, on time with one, late, and the average working days. */
    List<Map<String, Object>> timeliness(Scope scope) {
        return jdbc.queryForList("select stage, count(*) answered,"
                + " sum(case when on_time = true and extended = false then 1 else 0 end) on_time,"
                + " sum(case when on_time = true and extended = true then 1 else 0 end) on_time_extended,"
                + " sum(case when on_time = false then 1 else 0 end) late,"
                + " avg(cast(working_days as double precision)) average_days"
                + " from complaint_stage s where " + scope.where("s") + " and outcome in " + FINDINGS
                + " and working_days is not null group by stage order by stage", scope.parameters());
    }

    /** Working days each answered stage took, in order, for percentiles. */
    List<Integer> workingDays(Scope scope, String stage) {
        MapSqlParameterSource parameters = scope.parameters().addValue("stage", stage);
        return jdbc.queryForList("select working_days from complaint_stage s where " + scope.where("s")
                + " and stage = :stage and outcome in " + FINDINGS + " and working_days is not null"
                + " order by working_days", parameters, Integer.class);
    }

    List<Map<String, Object>> outcomes(Scope scope) {
        return jdbc.queryForList("select stage, outcome, count(*) n from complaint_stage s where " + scope.where("s")
                + " and outcome is not null group by stage, outcome order by stage, outcome", scope.parameters());
    }

    Map<String, Long> exclusionsByGround(Scope scope) {
        return counts("select reason k, count(*) n from complaint_stage s where " + scope.where("s")
                + " and outcome = 'EXCLUDED' group by reason order by reason", scope);
    }

    /**
     * Receipt dates of the complaints waiting for the council's answer now (whenever received), for their age: open,
     * and their current stage not yet answered (a complaint answered and in its window to escalate is not waiting).
     * The open statuses are named, not "not closed", so that ix_complaint_procedure_status finds the few open
     * complaints among years of closed ones (a scan of every closed complaint otherwise: EXPLAIN at 100,000).
     */
    List<LocalDate> openReceivedOn(Scope scope) {
        return jdbc.queryForList("select received_on from complaint c where " + scope.whereNow("c")
                + " and status in (:waiting) and not exists (select 1 from complaint_stage s"
                + " where s.complaint_reference = c.reference and s.stage = c.stage and s.outcome is not null)",
                scope.parameters().addValue("waiting", java.util.Arrays.stream(ComplaintStatus.values())
                        .filter(status -> status != ComplaintStatus.CLOSED).map(Enum::name).toList()),
                LocalDate.class);
    }

    /** Running clocks past their day now, by clock name. */
    Map<String, Long> overdueNow(Scope scope, LocalDate today) {
        MapSqlParameterSource parameters = scope.parameters().addValue("today", today);
        return counts("select d.name k, count(*) n from deadline d join complaint c on c.reference = d.complaint_reference"
                + " where " + scope.whereNow("c") + " and d.state = 'OPEN' and d.due_on < :today"
                // the complainant's window to escalate is theirs to use, not a deadline the council can miss
                + " and d.name <> 'escalation-window'"
                + " group by d.name order by d.name", parameters);
    }

    private Map<String, Long> counts(String sql, Scope scope) {
        return counts(sql, scope.parameters());
    }

    private Map<String, Long> counts(String sql, MapSqlParameterSource parameters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, parameters, row -> {
            counts.put(String.valueOf(row.getString("k")), row.getLong("n"));
        });
        return counts;
    }

    /** The procedures, period and service area a report covers, as SQL conditions on a table alias. */
    record Scope(List<String> procedures, LocalDate from, LocalDate to, String serviceArea) {

        static Scope of(List<String> procedures, ReportFilters filters) {
            return new Scope(procedures.isEmpty() ? List.of("") : new ArrayList<>(procedures), filters.from(),
                    filters.to(), filters.serviceArea());
        }

        String where(String alias) {
            return whereNow(alias) + " and " + alias + ".received_on between :from and :to";
        }

        String whereNow(String alias) {
            return alias + ".procedure in (:procedures)"
                    + (serviceArea == null ? "" : " and " + alias + ".service_area = :serviceArea");
        }

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource().addValue("procedures", procedures).addValue("from", from)
                    .addValue("to", to).addValue("serviceArea", serviceArea);
        }
    }
}
