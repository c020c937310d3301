package uk.redress.workspace.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.ComplaintStatus;

/**
 * Finds complaints for the list, only ever among the procedures the caller may read, sorted by their next running
 * deadline (those with none last), a page at a time. Plain SQL rather than JPQL because the team filter reads the
 * engine's own tables: a complaint's team is the candidate group of its open tasks (those of its procedure and of
 * the stages it called, which carry its reference as their business key), and only the engine knows them.
 */
@Component
class ComplaintSearch {

    static final int PAGE_SIZE = 25;

    /**
     * A complaint's next running deadline is its earliest open clock: the open clock with no other open clock of the
     * same complaint before it (the lower id first on the same day), so that one row stands for each complaint.
     */
    private static final String EARLIEST_OPEN = " and d.state = 'OPEN' and not exists (select 1 from deadline e"
            + " where e.complaint_reference = d.complaint_reference and e.state = 'OPEN'"
            + " and (e.due_on < d.due_on or (e.due_on = d.due_on and e.id < d.id)))";
    private static final String COLUMNS = "c.reference, c.procedure, c.complainant_name, c.complainant_anonymous,"
            + " c.service_area, c.stage, c.status, c.received_on";
    /** A reference as the councils print them, "HDC-2026-000001": looked up by the unique index alone. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[A-Za-z]+-\\d{4}-\\d+");

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final int countUpTo;

    ComplaintSearch(NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar,
                    @org.springframework.beans.factory.annotation.Value("${redress.workspace.list.count-up-to:1000}")
                    int countUpTo) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.countUpTo = Math.max(PAGE_SIZE, countUpTo);
    }

    /**
     * One page of rows, the number of matches, and the page shown (the last one when asked for one past it). When
     * {@code more} is set, {@code total} is where counting stopped: more than that many match.
     */
    record Result(List<ComplaintRow> rows, long total, boolean more, int page) {
    }

    @Transactional(readOnly = true)
    Result find(ComplaintFilters filters, Collection<String> readableProcedures) {
        if (readableProcedures.isEmpty()) {
            return new Result(List.of(), 0, false, 1);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filters, readableProcedures, parameters);
        // counted only as far as the page asked for needs, and at least to count-up-to (1,000): a filter matching
        // tens of thousands of complaints (a team's, the overdue ones) costs what a thousand do (42 ms -> 2 ms for
        // the overdue filter at 100,000 complaints on PostgreSQL), and the page says "more than 1,000"
        long enough = Math.max(countUpTo, (long) filters.page() * PAGE_SIZE);
        long counted = count("select count(*) from (select 1 from complaint c" + where
                + " fetch first :enough rows only) matches", parameters.addValue("enough", enough + 1));
        boolean more = counted > enough;
        long total = more ? enough : counted;
        int page = more ? filters.page() : (int) Math.max(1, Math.min(filters.page(), (total + PAGE_SIZE - 1) / PAGE_SIZE));
        int offset = (page - 1) * PAGE_SIZE;
        // the complaints with a running clock first, soonest due first (on the same day, in the order they were
        // recorded: by reference), read in the order of ix_deadline_open_due (V17) itself until the page is full -
        // a tie broken by the date received made the database sort every clock due that day first (29 ms for the
        // overdue filter's page at 100,000 open complaints, against 0.3 ms); then, only when the page is not full, those
        // without one (years of closed complaints) in the order of ix_complaint_received (V14). A page reads its own
        // rows, not every open complaint: grouping all open clocks to sort them took 0.3 s at 100,000 open tasks
        List<ComplaintRow> rows = new java.util.ArrayList<>(jdbc.query("""
                select %1$s, d.due_on as next_due from deadline d join complaint c on c.reference = d.complaint_reference
                %2$s%3$s
                order by d.due_on, d.complaint_reference offset :offset rows fetch next :size rows only"""
                .formatted(COLUMNS, where, EARLIEST_OPEN), parameters.addValue("offset", offset)
                .addValue("size", PAGE_SIZE), ComplaintSearch::row));
        if (rows.size() < PAGE_SIZE) {
            long running = !rows.isEmpty() || offset == 0 ? offset + rows.size() : count("""
                    select count(*) from deadline d join complaint c on c.reference = d.complaint_reference
                    %1$s%2$s""".formatted(where, EARLIEST_OPEN), parameters);
            rows.addAll(jdbc.query("""
                    select %1$s, cast(null as date) as next_due from complaint c %2$s and not exists
                      (select 1 from deadline d where d.complaint_reference = c.reference and d.state = 'OPEN')
                    order by c.received_on, c.reference offset :restOffset rows fetch next :restSize rows only"""
                    .formatted(COLUMNS, where), parameters.addValue("restOffset", Math.max(0, offset - running))
                    .addValue("restSize", PAGE_SIZE - rows.size()), ComplaintSearch::row));
        }
        return new Result(rows, total, more, page);
    }

    private long count(String sql, MapSqlParameterSource parameters) {
        Long counted = jdbc.queryForObject(sql, parameters, Long.class);
        return counted == null ? 0 : counted;
    }

    /**
     * The stages the readable complaints are at, for the stage filter: for each procedure, the next stage after
     * the last one found, read from ix_complaint_procedure_stage a step at a time, so a procedure with four stages
     * costs five index reads however many years of complaints it has (a distinct over them read every one: 19 ms
     * at 67,500 complaints of one procedure, against 0.3 ms).
     */
    @Transactional(readOnly = true)
    List<String> stages(Collection<String> readableProcedures) {
        java.util.SortedSet<String> stages = new java.util.TreeSet<>();
        for (String procedure : readableProcedures) {
            stages.addAll(jdbc.queryForList("""
                    with recursive found (stage) as (
                      select min(stage) from complaint where procedure = :procedure
                      union all
                      select (select min(c.stage) from complaint c where c.procedure = :procedure
                              and c.stage > found.stage)
                      from found where found.stage is not null)
                    select stage from found where stage is not null""",
                    new MapSqlParameterSource("procedure", procedure), String.class));
        }
        return List.copyOf(stages);
    }

    private String where(ComplaintFilters filters, Collection<String> readable, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder(" where c.procedure in (:readable)");
        parameters.addValue("readable", readable);
        if (filters.q() != null) {
            where.append(search(filters, parameters));
        }
        if (filters.procedure() != null) {
            where.append(" and c.procedure = :procedure");
            parameters.addValue("procedure", filters.procedure());
        }
        if (filters.stage() != null) {
            where.append(" and c.stage = :stage");
            parameters.addValue("stage", filters.stage());
        }
        status(filters.status()).ifPresent(status -> {
            where.append(" and c.status = :status");
            parameters.addValue("status", status.name());
        });
        if (filters.team() != null) {
            // not correlated: the team's open tasks are read once (by the engine's index on the group), and each
            // complaint found from them by its reference, rather than every complaint's tasks read in turn
            where.append(" and c.reference in (select e.BUSINESS_KEY_ from ACT_RU_IDENTITYLINK i"
                    + " join ACT_RU_TASK t on t.ID_ = i.TASK_ID_"
                    + " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
                    + " where i.GROUP_ID_ = :team and i.TYPE_ = 'candidate')");
            parameters.addValue("team", filters.team());
        }
        if (filters.overdue() || filters.dueThisWeek()) {
            LocalDate today = calendar.today();
            where.append(" and exists (select 1 from deadline d where d.complaint_reference = c.reference"
                    + " and d.state = 'OPEN' and d.due_on between :from and :to)");
            parameters.addValue("from", filters.overdue() ? LocalDate.of(1900, 1, 1) : today);
            parameters.addValue("to", filters.overdue() ? today.minusDays(1)
                    : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        }
        return where.toString();
    }

    /**
     * A reference is found by the unique index alone; anything else is compared with the name (any part), the
     * email (whole) and the address without spaces (so "LE16 7AG" and "le167ag" find the same postcode).
     */
    private static String search(ComplaintFilters filters, MapSqlParameterSource parameters) {
        if (REFERENCE.matcher(filters.q()).matches()) {
            parameters.addValue("reference", filters.q().toUpperCase(java.util.Locale.UK));
            return " and c.reference = :reference";
        }
        parameters.addValue("q", filters.loweredQuery());
        parameters.addValue("qLike", "%" + escape(filters.loweredQuery()) + "%");
        parameters.addValue("postcode", "%" + escape(filters.compactQuery()) + "%");
        return " and (lower(c.complainant_name) like :qLike escape '\\' or lower(c.complainant_email) = :q"
                + " or replace(lower(c.complainant_address), ' ', '') like :postcode escape '\\')";
    }

    private static ComplaintRow row(ResultSet rs, int number) throws SQLException {
        return new ComplaintRow(rs.getString("reference"), rs.getString("procedure"), rs.getString("complainant_name"),
                rs.getBoolean("complainant_anonymous"), rs.getString("service_area"), rs.getString("stage"),
                ComplaintStatus.valueOf(rs.getString("status")), rs.getObject("received_on", LocalDate.class),
                rs.getObject("next_due", LocalDate.class));
    }

    private static Optional<ComplaintStatus> status(String value) {
        return java.util.Arrays.stream(ComplaintStatus.values()).filter(s -> s.name().equals(value)).findFirst();
    }

    /** The search text is matched literally: % and _ typed by staff are not wildcards. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
