package uk.redress.workspace.action;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.Escalations;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.DateField;
import uk.redress.workspace.FieldWording;
import uk.redress.workspace.FormErrors;

/** The complainant asked for the next stage: recorded through the same service as the API's escalation request. */
@Controller
@RequestMapping("/complaints/{reference}/escalation")
class EscalationController {

    private static final FieldWording WORDING = FieldWording.of(Map.entry("requestedOn",
            new FieldWording.Field("requestedOn-day", "Date of the request", "Enter the date the complainant asked")));

    private final ComplaintLookup complaints;
    private final Escalations escalations;
    private final WorkingDayCalendar calendar;

    EscalationController(ComplaintLookup complaints, Escalations escalations, WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.escalations = escalations;
        this.calendar = calendar;
    }

    @GetMapping
    String form(@PathVariable String reference, Model model) {
        Complaint complaint = complaints.workable(reference);
        return page(model, complaint, DateParts.of(calendar.today()), new FormErrors());
    }

    @PostMapping
    String record(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = WORDING.errors();
        DateParts requested = DateParts.from(fields, "requestedOn");
        LocalDate requestedOn = DateField.read(requested.day(), requested.month(), requested.year(), "requestedOn",
                "Date of the request", errors);
        if (requestedOn == null && errors.isEmpty()) {
            errors.add("requestedOn-day", "Enter the date the complainant asked");
        }
        if (errors.isEmpty()) {
            try {
                escalations.request(complaint, requestedOn);
                redirect.addFlashAttribute("done", "Escalation recorded: the next stage has started");
                return "redirect:/complaints/" + complaint.getReference();
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> WORDING.add(error, errors));
            } catch (Conflict refused) {
                errors.add("requestedOn-day", "The complaint cannot go to the next stage on that date: it is not"
                        + " waiting for a request, or the time to ask has run out");
            }
        }
        return page(model, complaint, requested, errors);
    }

    private static String page(Model model, Complaint complaint, DateParts requested, FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("requested", requested);
        model.addAttribute("errors", errors);
        return "complaints/escalation";
    }
}
