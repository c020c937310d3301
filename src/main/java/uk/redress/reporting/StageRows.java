package uk.redress.reporting;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Complaint-level rows for download: one per stage, with the reference, procedure, service area and how the stage
 * went, and nothing about the person (no name, contact details or what they wrote; a refusal's reasons are left
 * out as they may quote them).
 */
@Component
class StageRows {

    static final List<String> HEADINGS = List.of("Reference", "Procedure", "Service area", "How received",
            "Received on", "Stage", "Started on", "Due on", "Finished on", "Working days", "On time", "Extended",
            "Outcome", "Exclusion ground", "Categories", "Apology offered", "Action offered", "Payment offered");

    private final NamedParameterJdbcTemplate jdbc;

    StageRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<List<String>> rows(FigureQueries.Scope scope) {
        return jdbc.query("select * from complaint_stage s where " + scope.where("s")
                + " order by received_on, complaint_reference, created_at, id", scope.parameters(), (row, n) -> List.of(
                row.getString("complaint_reference"), row.getString("procedure"), row.getString("service_area"),
                row.getString("channel"), text(row.getObject("received_on")), row.getString("stage"),
                text(row.getObject("started_on")), text(row.getObject("due_on")), text(row.getObject("finished_on")),
                text(row.getObject("working_days")), text(row.getObject("on_time")), text(row.getObject("extended")),
                outcome(row.getString("outcome")),
                "EXCLUDED".equals(row.getString("outcome")) ? text(row.getString("reason")) : "",
                text(row.getString("categories")), text(row.getObject("remedy_apology")),
                text(row.getObject("remedy_action")), text(row.getObject("remedy_payment"))));
    }

    private static String outcome(String name) {
        return name == null ? "" : Outcome.valueOf(name).code();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
