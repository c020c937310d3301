package uk.redress.workspace.list;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.complaint.Procedures;
import uk.redress.identity.ProcedureTeams;
import uk.redress.workspace.ProcedureChoices;

/**
 * The complaints list: search, filter, soonest deadline first, a page at a time. The team filter offers the groups
 * the readable procedures' diagrams name.
 */
@Controller
class ComplaintsListController {

    private final ComplaintSearch search;
    private final ProcedureChoices procedures;
    private final ProcedureTeams teams;

    ComplaintsListController(ComplaintSearch search, ProcedureChoices procedures, ProcedureTeams teams) {
        this.search = search;
        this.procedures = procedures;
        this.teams = teams;
    }

    @GetMapping("/complaints")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String procedure,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String team,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String due, @RequestParam(required = false) String page,
                Model model) {
        ComplaintFilters filters = ComplaintFilters.of(q, procedure, stage, team, status, due, page);
        List<Procedures.Procedure> readable = procedures.readable();
        List<String> keys = readable.stream().map(Procedures.Procedure::key).toList();
        ComplaintSearch.Result result = search.find(filters, keys);
        model.addAttribute("filters", filters);
        model.addAttribute("procedures", readable);
        model.addAttribute("procedureNames", readable.stream()
                .collect(Collectors.toMap(Procedures.Procedure::key, Procedures.Procedure::name)));
        model.addAttribute("stages", search.stages(keys));
        model.addAttribute("teams", keys.stream().map(teams.groupsByProcedure()::get).filter(Objects::nonNull)
                .flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("rows", result.rows());
        model.addAttribute("total", result.total());
        model.addAttribute("more", result.more());
        model.addAttribute("pages", ListPages.of(filters, result.page(), result.total(), result.more(),
                ComplaintSearch.PAGE_SIZE));
        return "complaints/list";
    }
}
