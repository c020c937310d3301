package uk.redress.workspace.casefile;

import java.security.Principal;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.FormErrors;
import uk.redress.workspace.note.CaseNotes;

/**
 * A note added on the case page, by a team that may act on the complaint (auditors read notes but add none;
 * another council's complaint is not found). What is wrong is shown on the page again, with a 400.
 */
@Controller
class CaseNotesController {

    static final String FIELD = "note";

    private final ComplaintLookup complaints;
    private final CaseNotes notes;
    private final CaseModel caseModel;
    private final WorkingDayCalendar calendar;

    CaseNotesController(ComplaintLookup complaints, CaseNotes notes, CaseModel caseModel, WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.notes = notes;
        this.caseModel = caseModel;
        this.calendar = calendar;
    }

    @PostMapping("/complaints/{reference}/notes")
    String add(@PathVariable String reference, @RequestParam(name = FIELD, required = false) String text,
               Principal staff, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = new FormErrors();
        notes.problem(text).ifPresent(problem -> errors.add(FIELD, problem));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return caseModel.page(model, complaint, Map.of(FIELD, text == null ? "" : text), errors);
        }
        notes.add(complaint.getReference(), text, staff.getName(), Instant.now(calendar.clock()));
        redirect.addFlashAttribute("done", "Note added");
        return "redirect:/complaints/" + complaint.getReference() + "#timeline";
    }
}
