package uk.redress.workspace.casefile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ContactArrangementsRepository;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.ProcedureChoices;
import uk.redress.workspace.action.CaseActions;

/**
 * One complaint on one page: who, what, where it stands, every running clock, the open tasks and its history. Only the procedure's teams (and
 * auditors) see it; anyone else gets "not found", as from the API.
 */
@Controller
class CasePageController {

    private final ComplaintLookup complaints;
    private final ContactArrangementsRepository arrangements;
    private final Clocks clocks;
    private final ProcedureChoices procedures;
    private final Timeline timeline;
    private final OpenTasks openTasks;
    private final CaseActions actions;

    CasePageController(ComplaintLookup complaints, ContactArrangementsRepository arrangements, Clocks clocks,
                       ProcedureChoices procedures, Timeline timeline, OpenTasks openTasks, CaseActions actions) {
        this.actions = actions;
        this.timeline = timeline;
        this.openTasks = openTasks;
        this.complaints = complaints;
        this.arrangements = arrangements;
        this.clocks = clocks;
        this.procedures = procedures;
    }

    @GetMapping("/complaints/{reference}")
    String show(@PathVariable String reference, Model model) {
        Complaint complaint = complaints.readable(reference);
        model.addAttribute("complaint", complaint);
        model.addAttribute("procedureName", procedures.find(complaint.getProcedure())
                .map(p -> p.name()).orElse(complaint.getProcedure()));
        model.addAttribute("arrangements", arrangements.findById(complaint.getReference()).orElse(null));
        model.addAttribute("clocks", clocks.of(complaint.getReference()));
        model.addAttribute("tasks", openTasks.of(complaint.getReference()));
        model.addAttribute("timeline", timeline.of(complaint));
        model.addAttribute("actions", actions.offered(complaint));
        return "complaints/case";
    }
}
