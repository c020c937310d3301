package uk.redress.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import uk.redress.selfassessment.CodeSelfAssessment;
import uk.redress.workspace.Wording;

/**
 * The annual complaints performance and service improvement report (Complaint Handling Code 8.1) for a financial
 * year, 1 April to 31 March: the year's figures, the complaints refused and why, the service improvements, the
 * Ombudsman's findings and a place for the governing body's response. One model for the page and the PDF.
 */
@Component
class AnnualReport {

    private final ReportScope scope;
    private final Dashboard dashboard;
    private final LessonsFigures lessons;
    private final ImprovementActionRepository actions;
    private final FigureQueries queries;
    private final Wording wording;
    private final CodeSelfAssessment selfAssessment;

    AnnualReport(ReportScope scope, Dashboard dashboard, LessonsFigures lessons, ImprovementActionRepository actions,
                 FigureQueries queries, Wording wording, CodeSelfAssessment selfAssessment) {
        this.scope = scope;
        this.dashboard = dashboard;
        this.lessons = lessons;
        this.actions = actions;
        this.queries = queries;
        this.wording = wording;
        this.selfAssessment = selfAssessment;
    }

    /** The first day of the financial year {@code year} (2026 means April 2026 to March 2027). */
    static LocalDate start(int year) {
        return LocalDate.of(year, 4, 1);
    }

    /** The last financial year that has ended by {@code today}. */
    static int lastEnded(LocalDate today) {
        return today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
    }

    Map<String, Object> model(int year, String council) {
        LocalDate from = start(year);
        LocalDate to = from.plusYears(1).minusDays(1);
        ReportFilters filters = new ReportFilters(council, null, from, to, null);
        List<String> procedures = scope.procedures(filters);
        FigureQueries.Scope covered = FigureQueries.Scope.of(procedures, filters);
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        model.put("council", council);
        model.put("councils", scope.councils().keySet());
        model.put("reportTitle", "Annual complaints performance and service improvement report, " + year + " to " + (year + 1));
        model.put("period", wording.date(from) + " to " + wording.date(to));
        model.put("procedureNames", scope.readable().stream().filter(p -> procedures.contains(p.key()))
                .map(p -> p.name()).toList());
        StageTally stages = queries.stageTally(covered);
        List<ReportTable> figures = dashboard.tables(covered, stages);
        model.put("figures", figures.stream().filter(t -> !t.id().equals("exclusions")).toList());
        model.put("exclusions", figures.stream().filter(t -> t.id().equals("exclusions")).findFirst().orElseThrow());
        model.put("refusedEscalations", stages.outcomes().values().stream()
                .mapToLong(byOutcome -> byOutcome.getOrDefault(Outcome.REFUSED_ESCALATION.name(), 0L)).sum());
        model.put("improvements", lessons.actionsByService(covered));
        List<ImprovementAction> agreed = procedures.isEmpty() ? List.of() : actions
                .findByProcedureInAndAgreedOnBetweenOrderByServiceAreaAscAgreedOnAsc(procedures, from, to);
        model.put("actions", agreed.subList(0, Math.min(agreed.size(), LessonsController.SHOWN)));
        model.put("actionsTotal", agreed.size());
        model.put("ombudsman", lessons.ombudsman(covered));
        model.put("assessments", selfAssessment.assessAll().stream()
                .filter(assessment -> procedures.contains(assessment.procedureKey())).toList());
        model.put("wording", wording);
        return model;
    }
}
