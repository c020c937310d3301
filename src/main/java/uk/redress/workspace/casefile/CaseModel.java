package uk.redress.workspace.casefile;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ContactArrangementsRepository;
import uk.redress.document.ComplaintDocumentRepository;
import uk.redress.workspace.FormErrors;
import uk.redress.workspace.ProcedureChoices;
import uk.redress.workspace.action.CaseActions;

/**
 * Everything the case page shows of one complaint, for the page itself and for the note and document forms on it,
 * which show the page again with what was wrong.
 */
@Component
class CaseModel {

    private final ContactArrangementsRepository arrangements;
    private final Clocks clocks;
    private final ProcedureChoices procedures;
    private final Timeline timeline;
    private final OpenTasks openTasks;
    private final CaseActions actions;
    private final ComplaintDocumentRepository documents;

    CaseModel(ContactArrangementsRepository arrangements, Clocks clocks, ProcedureChoices procedures,
              Timeline timeline, OpenTasks openTasks, CaseActions actions, ComplaintDocumentRepository documents) {
        this.arrangements = arrangements;
        this.clocks = clocks;
        this.procedures = procedures;
        this.timeline = timeline;
        this.openTasks = openTasks;
        this.actions = actions;
        this.documents = documents;
    }

    String page(Model model, Complaint complaint, Map<String, String> fields, FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("procedureName", procedures.find(complaint.getProcedure())
                .map(p -> p.name()).orElse(complaint.getProcedure()));
        model.addAttribute("arrangements", arrangements.findById(complaint.getReference()).orElse(null));
        model.addAttribute("clocks", clocks.of(complaint.getReference()));
        model.addAttribute("tasks", openTasks.of(complaint.getReference()));
        model.addAttribute("timeline", timeline.of(complaint));
        model.addAttribute("actions", actions.offered(complaint));
        model.addAttribute("mayWrite", procedures.mayWork(complaint.getProcedure()));
        model.addAttribute("documents",
                documents.findListedByComplaintReferenceOrderByAddedAtAsc(complaint.getReference()));
        model.addAttribute("noteMaxLength", uk.redress.workspace.note.CaseNote.MAX_LENGTH);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        return "complaints/case";
    }
}
