package uk.redress.workspace.action;

import java.util.Arrays;
import java.util.Map;

import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.caseevent.SuspensionRequest;
import uk.redress.caseevent.Suspensions;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ConcurrentProceeding;
import uk.redress.problem.Conflict;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.FieldWording;
import uk.redress.workspace.FieldWording.Field;
import uk.redress.workspace.FormErrors;

/**
 * A manager suspends a complaint for concurrent proceedings, where its procedure provides for it, and resumes it:
 * through the same service as the API, which stops every clock and moves them on by the days suspended.
 */
@Controller
class SuspensionController {

    private static final FieldWording WORDING = FieldWording.of(
            Map.entry("because", new Field("because", "Proceedings", "Select the proceedings it waits for")),
            Map.entry("decidedBy", new Field("decidedBy", "Decided by", "Enter who decided to suspend it")),
            Map.entry("note", new Field("note", "Note", "")));

    private final ComplaintLookup complaints;
    private final Suspensions suspensions;
    private final Validator validator;

    SuspensionController(ComplaintLookup complaints, Suspensions suspensions, Validator validator) {
        this.complaints = complaints;
        this.suspensions = suspensions;
        this.validator = validator;
    }

    @GetMapping("/complaints/{reference}/suspension")
    String form(@PathVariable String reference, Model model) {
        return page(model, complaints.workable(reference), Map.of(), new FormErrors());
    }

    @PostMapping("/complaints/{reference}/suspension")
    String suspend(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
                   RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = WORDING.errors();
        SuspensionRequest request = new SuspensionRequest(because(fields.get("because")), fields.get("decidedBy"),
                fields.get("note"));
        WORDING.addAll(validator.validate(request), errors);
        if (errors.isEmpty()) {
            try {
                suspensions.suspend(complaint, request);
                redirect.addFlashAttribute("done", "Complaint suspended: every clock has stopped");
                return "redirect:/complaints/" + complaint.getReference();
            } catch (Conflict refused) {
                errors.add("because", "This complaint cannot be suspended: its procedure does not provide for it,"
                        + " or it is not open");
            }
        }
        return page(model, complaint, fields, errors);
    }

    @PostMapping("/complaints/{reference}/resumption")
    String resume(@PathVariable String reference, RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        try {
            suspensions.resume(complaint);
            redirect.addFlashAttribute("done", "Complaint resumed: its clocks have moved on by the days suspended");
        } catch (Conflict refused) {
            redirect.addFlashAttribute("done", "The complaint was not suspended: nothing changed");
        }
        return "redirect:/complaints/" + complaint.getReference();
    }

    private static ConcurrentProceeding because(String value) {
        return Arrays.stream(ConcurrentProceeding.values()).filter(p -> p.name().equals(value)).findFirst()
                .orElse(null);
    }

    private static String page(Model model, Complaint complaint, Map<String, String> fields, FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("fields", fields);
        model.addAttribute("proceedings", ConcurrentProceeding.values());
        model.addAttribute("errors", errors);
        return "complaints/suspension";
    }
}
