package uk.redress.workspace.casefile;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.FormErrors;

/**
 * One complaint on one page: who, what, where it stands, every running clock, the open tasks, its documents and
 * its history. Only the procedure's teams (and auditors) see it; anyone else gets "not found", as from the API.
 */
@Controller
class CasePageController {

    private final ComplaintLookup complaints;
    private final CaseModel caseModel;

    CasePageController(ComplaintLookup complaints, CaseModel caseModel) {
        this.complaints = complaints;
        this.caseModel = caseModel;
    }

    @GetMapping("/complaints/{reference}")
    String show(@PathVariable String reference, Model model) {
        return caseModel.page(model, complaints.readable(reference), Map.of(), new FormErrors());
    }
}
