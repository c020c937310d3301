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
import uk.redress.complaint.Complaint;
import uk.redress.problem.Conflict;
import uk.redress.restriction.BehaviourConcern;
import uk.redress.restriction.UnreasonableBehaviour;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.FieldWording;
import uk.redress.workspace.FieldWording.Field;
import uk.redress.workspace.FormErrors;

/**
 * Staff raise a concern that the complainant's behaviour is unreasonable, where the procedure provides for it:
 * through the same service as the API, which starts the warning, evidence and decision on restrictions.
 */
@Controller
@RequestMapping("/complaints/{reference}/behaviour-concern")
class BehaviourConcernController {

    private static final FieldWording WORDING = FieldWording.of(
            Map.entry("concern", new Field("concern", "The concern", "Enter what the complainant has done")));

    private final ComplaintLookup complaints;
    private final UnreasonableBehaviour behaviour;
    private final Validator validator;

    BehaviourConcernController(ComplaintLookup complaints, UnreasonableBehaviour behaviour, Validator validator) {
        this.complaints = complaints;
        this.behaviour = behaviour;
        this.validator = validator;
    }

    @GetMapping
    String form(@PathVariable String reference, Model model) {
        return page(model, complaints.workable(reference), Map.of(), new FormErrors());
    }

    @PostMapping
    String raise(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
                 RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = WORDING.errors();
        BehaviourConcern concern = new BehaviourConcern(fields.get("concern"));
        WORDING.addAll(validator.validate(concern), errors);
        if (errors.isEmpty()) {
            try {
                behaviour.raise(complaint, concern);
                redirect.addFlashAttribute("done", "Concern raised: a manager will decide on any restrictions");
                return "redirect:/complaints/" + complaint.getReference();
            } catch (Conflict refused) {
                errors.add("concern", "A concern cannot be raised on this complaint: its procedure does not provide"
                        + " for restrictions, or one is already in hand");
            }
        }
        return page(model, complaint, fields, errors);
    }

    private static String page(Model model, Complaint complaint, Map<String, String> fields, FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        return "complaints/behaviour-concern";
    }
}
