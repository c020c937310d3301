package uk.redress.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.redress.calendar.WorkingDayCalendar;

/**
 * Lessons learnt (the actions responses promised, by service, and whether they were done) and the Ombudsman's
 * figures as its annual review letter gives them: enquiries, decisions, complaints upheld, the uphold rate of
 * detailed investigations, satisfactory remedies the council had already provided, and compliance with the
 * remedies agreed (on time or late). Periods here are when things happened: agreed, asked, decided.
 */
@Component
class LessonsFigures {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    LessonsFigures(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    List<ReportTable> tables(FigureQueries.Scope scope) {
        return List.of(actionsByService(scope), ombudsman(scope));
    }

    ReportTable actionsByService(FigureQueries.Scope scope) {
        MapSqlParameterSource parameters = scope.parameters().addValue("today", calendar.today());
        List<List<String>> rows = jdbc.query("select service_area, count(*) agreed,"
                + " sum(case when completed_on is not null then 1 else 0 end) done,"
                + " sum(case when completed_on is not null and (due_on is null or completed_on <= due_on) then 1 else 0 end) done_on_time,"
                + " sum(case when completed_on is null and due_on < :today then 1 else 0 end) overdue"
                + " from improvement_action a where " + scope.whereNow("a") + " and agreed_on between :from and :to"
                + " group by service_area order by service_area", parameters, (row, n) -> List.of(
                row.getString("service_area"), row.getString("agreed"), row.getString("done"),
                row.getString("done_on_time"), String.valueOf(row.getLong("agreed") - row.getLong("done")),
                row.getString("overdue")));
        return new ReportTable("actions-by-service", "Actions promised in responses, by service",
                List.of("Service area", "Agreed", "Done", "Done by the date set", "Still to do", "Overdue now"), rows,
                "2,4");
    }

    ReportTable ombudsman(FigureQueries.Scope scope) {
        MapSqlParameterSource parameters = scope.parameters();
        Map<String, Object> enquiries = jdbc.queryForMap("select count(*) asked,"
                + " sum(case when d.closed_on is not null and d.closed_on <= d.due_on then 1 else 0 end) on_time"
                + " from deadline d join complaint c on c.reference = d.complaint_reference where " + scope.whereNow("c")
                + " and d.name = 'ombudsman-reply' and d.opened_on between :from and :to", parameters);
        Map<String, Object> decisions = jdbc.queryForMap("select count(*) decided,"
                + " sum(case when decision = 'not-investigated' then 1 else 0 end) not_investigated,"
                + " sum(case when decision = 'no-fault' then 1 else 0 end) no_fault,"
                + " sum(case when decision = 'fault-no-injustice' then 1 else 0 end) fault_no_injustice,"
                + " sum(case when decision = 'fault-remedy' then 1 else 0 end) fault_remedy,"
                + " sum(case when decision in ('fault-no-injustice', 'fault-remedy') and remedied_by_council = true"
                + " then 1 else 0 end) remedied_by_council"
                + " from ombudsman_decision o where " + scope.whereNow("o") + " and decided_on between :from and :to",
                parameters);
        Map<String, Object> remedies = jdbc.queryForMap("select count(*) agreed,"
                + " sum(case when d.closed_on is not null and d.closed_on <= d.due_on and d.breached = false then 1 else 0 end) on_time,"
                + " sum(case when d.breached = true or (d.closed_on is not null and d.closed_on > d.due_on) then 1 else 0 end) late"
                + " from deadline d join complaint c on c.reference = d.complaint_reference where " + scope.whereNow("c")
                + " and d.name like 'remedy-%' and d.due_on between :from and :to", parameters);
        long decided = number(decisions.get("decided"));
        long investigated = decided - number(decisions.get("not_investigated"));
        long upheld = number(decisions.get("fault_no_injustice")) + number(decisions.get("fault_remedy"));
        long asked = number(enquiries.get("asked"));
        long onTime = number(remedies.get("on_time"));
        long late = number(remedies.get("late"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Enquiries from the Ombudsman", asked, "-"));
        rows.add(row("Replies sent by the Ombudsman's date", number(enquiries.get("on_time")),
                Dashboard.percent(number(enquiries.get("on_time")), asked)));
        rows.add(row("Decisions", decided, "-"));
        rows.add(row("Not investigated", number(decisions.get("not_investigated")), "-"));
        rows.add(row("Investigated in detail", investigated, "-"));
        rows.add(row("No fault found", number(decisions.get("no_fault")), "-"));
        rows.add(row("Complaints upheld (fault found)", upheld, Dashboard.percent(upheld, investigated)));
        rows.add(row("Upheld: satisfactory remedy provided by the council before the Ombudsman",
                number(decisions.get("remedied_by_council")),
                Dashboard.percent(number(decisions.get("remedied_by_council")), upheld)));
        rows.add(row("Remedies due in the period", number(remedies.get("agreed")), "-"));
        rows.add(row("Remedies delivered on time", onTime, Dashboard.percent(onTime, onTime + late)));
        rows.add(row("Remedies delivered late or overdue", late, Dashboard.percent(late, onTime + late)));
        return new ReportTable("ombudsman", "The Ombudsman's enquiries, decisions and remedies",
                List.of("Figure", "Number", "Share"), rows, null);
    }

    private static List<String> row(String label, long value, String share) {
        return List.of(label, String.valueOf(value), share);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
