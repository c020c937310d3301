package uk.redress.reporting;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.problem.NotFound;
import uk.redress.security.ComplaintLookup;

/**
 * Lessons learnt and the Ombudsman's figures; the actions responses promised, each marked done by the team that works
 * its complaint (auditors read, another council's action is "Page not found").
 */
@Controller
class LessonsController {

    static final int SHOWN = 500;

    private final ReportScope scope;
    private final LessonsFigures figures;
    private final ImprovementActionRepository actions;
    private final ComplaintLookup lookup;
    private final WorkingDayCalendar calendar;

    LessonsController(ReportScope scope, LessonsFigures figures, ImprovementActionRepository actions,
                      ComplaintLookup lookup, WorkingDayCalendar calendar) {
        this.scope = scope;
        this.figures = figures;
        this.actions = actions;
        this.lookup = lookup;
        this.calendar = calendar;
    }

    @GetMapping("/complaints/reports/lessons")
    String lessons(@RequestParam(required = false) String council, @RequestParam(required = false) String procedure,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String serviceArea, Model model, HttpServletResponse response) {
        ReportFilters.Parsed parsed = ReportFilters.parse(council, procedure, from, to, serviceArea, calendar.today());
        ReportFilters filters = parsed.filters();
        model.addAttribute("filters", filters);
        model.addAttribute("errors", parsed.errors());
        if (!parsed.errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("tables", List.of());
            model.addAttribute("actions", List.of());
            return "complaints/reports/lessons";
        }
        List<String> procedures = scope.procedures(filters);
        FigureQueries.Scope covered = FigureQueries.Scope.of(procedures, filters);
        model.addAttribute("tables", figures.tables(covered));
        List<ImprovementAction> agreed = procedures.isEmpty() ? List.of()
                : actions.findByProcedureInAndAgreedOnBetweenOrderByServiceAreaAscAgreedOnAsc(procedures,
                        filters.from(), filters.to()).stream()
                .filter(a -> filters.serviceArea() == null || a.getServiceArea().equals(filters.serviceArea()))
                .toList();
        // a page a person can read: the first few hundred, and how many more a narrower filter would show
        model.addAttribute("actions", agreed.subList(0, Math.min(agreed.size(), SHOWN)));
        model.addAttribute("actionsTotal", agreed.size());
        model.addAttribute("workable", procedures.stream().filter(scope::mayWork).toList());
        return "complaints/reports/lessons";
    }

    @PostMapping("/complaints/reports/actions/{id}/done")
    @Transactional
    String done(@PathVariable long id) {
        ImprovementAction action = actions.findById(id).orElseThrow(() -> new NotFound("No action " + id));
        // "not found" to whoever may not read its complaint, refused to whoever may only read it
        lookup.workable(action.getComplaintReference());
        action.complete(calendar.today());
        return "redirect:/complaints/reports/lessons#actions";
    }
}
