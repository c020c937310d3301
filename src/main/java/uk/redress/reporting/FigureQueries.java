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
 * ten years of complaints never come into memory: the stage tables come back as counts of like rows, the working
 * days of answered stages among them, for the 90th percentile). Every query is limited to the procedures the caller
 * may read.
 */
@Component
class FigureQueries {

    private final NamedParameterJdbcTemplate jdbc;

    FigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Complaints received in the period, by how they came in. */
    Map<String, Long> receivedByChannel(Scope scope) {
        return counts("select channel k, count(*) n from complaint c where " + scope.where("c")
                + " group by channel order by channel", scope);
    }

    /**
     * The period's stage rows counted once, by everything the dashboard's stage tables tell apart (stage, outcome,
     * on time, extended, working days), where each table used to read them again (six passes, and a year of a large
     * council's complaints is tens of thousands of rows); ix_complaint_stage_figures holds all of those columns, so
     * the count reads the index alone. The exclusions' grounds (long text, not in the index) are counted apart, from
     * the few excluded rows.
     */
    StageTally stageTally(Scope scope) {
        List<StageTally.Row> rows = new ArrayList<>();
        jdbc.query("select stage, outcome, on_time, extended, working_days, count(*) n from complaint_stage s where "
                + scope.where("s") + " group by stage, outcome, on_time, extended, working_days", scope.parameters(),
                row -> {
                    rows.add(new StageTally.Row(row.getString("stage"), row.getString("outcome"),
                            row.getObject("on_time", Boolean.class), row.getBoolean("extended"),
                            row.getObject("working_days", Integer.class), row.getLong("n")));
                });
        Map<String, Long> grounds = new java.util.HashMap<>();
        jdbc.query("select reason, count(*) n from complaint_stage s where " + scope.where("s")
                + " and outcome = 'EXCLUDED' group by reason", scope.parameters(), row -> {
                    grounds.put(row.getString("reason"), row.getLong("n"));
                });
        return new StageTally(rows, grounds);
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
