package uk.redress.workspace.list;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.deadline.DeadlineState;

/**
 * Finds complaints for the list, only ever among the procedures the caller may read, sorted by their next running
 * deadline (those with none last), a page at a time.
 */
@Component
class ComplaintSearch {

    static final int PAGE_SIZE = 25;

    private static final String NEXT_DUE = "(select min(d.dueOn) from Deadline d where d.complaintReference = c.reference"
            + " and d.state = :open)";

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;

    ComplaintSearch(EntityManager entityManager, WorkingDayCalendar calendar) {
        this.entityManager = entityManager;
        this.calendar = calendar;
    }

    /** One page of rows, the number of matches, and the page shown (the last one when asked for one past it). */
    record Result(List<ComplaintRow> rows, long total, int page) {
    }

    @Transactional(readOnly = true)
    Result find(ComplaintFilters filters, Collection<String> readableProcedures) {
        if (readableProcedures.isEmpty()) {
            return new Result(List.of(), 0, 1);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filters, readableProcedures, parameters);
        TypedQuery<Long> count = entityManager.createQuery("select count(c) from Complaint c" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int page = (int) Math.max(1, Math.min(filters.page(), (total + PAGE_SIZE - 1) / PAGE_SIZE));
        TypedQuery<ComplaintRow> rows = entityManager.createQuery("""
                select new uk.redress.workspace.list.ComplaintRow(c.reference, c.procedure, c.complainant.name,
                       c.complainant.anonymous, c.serviceArea, c.stage, c.status, c.receivedOn, %s)
                from Complaint c %s
                order by %s asc nulls last, c.receivedOn asc, c.reference asc""".formatted(NEXT_DUE, where, NEXT_DUE),
                ComplaintRow.class);
        parameters.forEach(rows::setParameter);
        rows.setParameter("open", DeadlineState.OPEN);
        rows.setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE);
        return new Result(rows.getResultList(), total, page);
    }

    /** The stages the readable complaints are at, for the stage filter. */
    @Transactional(readOnly = true)
    List<String> stages(Collection<String> readableProcedures) {
        if (readableProcedures.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select distinct c.stage from Complaint c where c.procedure in :readable"
                + " order by c.stage", String.class).setParameter("readable", readableProcedures).getResultList();
    }

    private String where(ComplaintFilters filters, Collection<String> readable, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where c.procedure in :readable");
        parameters.put("readable", readable);
        if (filters.q() != null) {
            where.append(" and (lower(c.reference) = :q or lower(c.complainant.name) like :qLike escape '\\'"
                    + " or lower(c.complainant.email) = :q"
                    + " or replace(lower(c.complainant.address), ' ', '') like :postcode escape '\\')");
            parameters.put("q", filters.loweredQuery());
            parameters.put("qLike", "%" + escape(filters.loweredQuery()) + "%");
            parameters.put("postcode", "%" + escape(filters.compactQuery()) + "%");
        }
        if (filters.procedure() != null) {
            where.append(" and c.procedure = :procedure");
            parameters.put("procedure", filters.procedure());
        }
        if (filters.stage() != null) {
            where.append(" and c.stage = :stage");
            parameters.put("stage", filters.stage());
        }
        status(filters.status()).ifPresent(status -> {
            where.append(" and c.status = :status");
            parameters.put("status", status);
        });
        if (filters.overdue() || filters.dueThisWeek()) {
            LocalDate today = calendar.today();
            where.append(" and exists (select 1 from Deadline d where d.complaintReference = c.reference"
                    + " and d.state = :openState and d.dueOn between :from and :to)");
            parameters.put("openState", DeadlineState.OPEN);
            parameters.put("from", filters.overdue() ? LocalDate.of(1900, 1, 1) : today);
            parameters.put("to", filters.overdue() ? today.minusDays(1)
                    : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        }
        return where.toString();
    }

    private static java.util.Optional<ComplaintStatus> status(String value) {
        return java.util.Arrays.stream(ComplaintStatus.values()).filter(s -> s.name().equals(value)).findFirst();
    }

    /** The search text is matched literally: % and _ typed by staff are not wildcards. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
