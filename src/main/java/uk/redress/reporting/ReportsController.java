package uk.redress.reporting;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.problem.InvalidInput;
import uk.redress.problem.NotFound;

/** The reports dashboard and its CSV downloads, each for the procedures the signed-in member of staff may read. */
@Controller
class ReportsController {

    private final ReportScope scope;
    private final Dashboard dashboard;
    private final StageRows stageRows;
    private final LessonsFigures lessons;
    private final WorkingDayCalendar calendar;

    ReportsController(ReportScope scope, Dashboard dashboard, StageRows stageRows, LessonsFigures lessons,
                      WorkingDayCalendar calendar) {
        this.lessons = lessons;
        this.scope = scope;
        this.dashboard = dashboard;
        this.stageRows = stageRows;
        this.calendar = calendar;
    }

    @GetMapping("/complaints/reports")
    String dashboard(@RequestParam(required = false) String council, @RequestParam(required = false) String procedure,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String serviceArea, Model model, HttpServletResponse response) {
        ReportFilters.Parsed parsed = ReportFilters.parse(council, procedure, from, to, serviceArea, calendar.today());
        model.addAttribute("filters", parsed.filters());
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("procedures", scope.readable());
        model.addAttribute("councils", scope.councils().keySet());
        if (!parsed.errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("tables", List.of());
        } else {
            model.addAttribute("tables", dashboard.tables(covered(parsed.filters())));
        }
        return "complaints/reports/dashboard";
    }

    /** One dashboard (or lessons learnt) table as CSV, or {@code stages}: complaint-level rows without personal data. */
    @GetMapping("/complaints/reports/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String council,
                               @RequestParam(required = false) String procedure,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String serviceArea) {
        ReportFilters.Parsed parsed = ReportFilters.parse(council, procedure, from, to, serviceArea, calendar.today());
        if (!parsed.errors().isEmpty()) {
            throw new InvalidInput(parsed.errors());
        }
        FigureQueries.Scope covered = covered(parsed.filters());
        if ("stages".equals(table)) {
            return Csv.download("complaint-stages", StageRows.HEADINGS, stageRows.rows(covered));
        }
        return java.util.stream.Stream.concat(dashboard.tables(covered).stream(), lessons.tables(covered).stream())
                .filter(t -> t.id().equals(table)).findFirst()
                .map(t -> Csv.download(t.id(), t.headings(), t.rows()))
                .orElseThrow(() -> new NotFound("No report table " + table));
    }

    private FigureQueries.Scope covered(ReportFilters filters) {
        return FigureQueries.Scope.of(scope.procedures(filters), filters);
    }
}
