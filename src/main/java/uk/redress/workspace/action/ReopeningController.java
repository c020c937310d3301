package uk.redress.workspace.action;

import java.util.Map;

import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.caseevent.ReopeningRequest;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.Complaint;
import uk.redress.problem.Conflict;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.FieldWording;
import uk.redress.workspace.FieldWording.Field;
import uk.redress.workspace.FormErrors;

/**
 * A manager re-opens a complaint discontinued for no reply, or withdrawn by a misunderstanding: through the same
 * service as the API, which takes it up where it stopped with its deadlines moved by the working days lost.
 */
@Controller
@RequestMapping("/complaints/{reference}/reopening")
class ReopeningController {

    private static final FieldWording WORDING = FieldWording.of(
            Map.entry("authorisedBy", new Field("authorisedBy", "Authorised by", "Enter who authorised re-opening it")),
            Map.entry("reason", new Field("reason", "Reason", "Enter why it is re-opened")));

    private final ComplaintLookup complaints;
    private final Withdrawals withdrawals;
    private final Validator validator;

    ReopeningController(ComplaintLookup complaints, Withdrawals withdrawals, Validator validator) {
        this.complaints = complaints;
        this.withdrawals = withdrawals;
        this.validator = validator;
    }

    @GetMapping
    String form(@PathVariable String reference, Model model) {
        return page(model, complaints.workable(reference), Map.of(), new FormErrors());
    }

    @PostMapping
    String reopen(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = WORDING.errors();
        ReopeningRequest request = new ReopeningRequest(fields.get("authorisedBy"), fields.get("reason"));
        WORDING.addAll(validator.validate(request), errors);
        if (errors.isEmpty()) {
            try {
                withdrawals.reopen(complaint, request);
                redirect.addFlashAttribute("done", "Complaint re-opened where it stopped");
                return "redirect:/complaints/" + complaint.getReference();
            } catch (Conflict refused) {
                errors.add("authorisedBy", "This complaint cannot be re-opened: it was neither discontinued nor"
                        + " withdrawn");
            }
        }
        return page(model, complaint, fields, errors);
    }

    private static String page(Model model, Complaint complaint, Map<String, String> fields, FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        return "complaints/reopening";
    }
}
