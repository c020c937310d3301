package uk.redress.workspace.action;

import java.time.LocalDate;
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
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Complaint;
import uk.redress.ombudsman.OmbudsmanEnquiries;
import uk.redress.ombudsman.OmbudsmanEnquiryRequest;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.DateField;
import uk.redress.workspace.FieldWording;
import uk.redress.workspace.FieldWording.Field;
import uk.redress.workspace.FormErrors;

/**
 * The Ombudsman wrote about a complaint (open or closed): recorded through the same service as the API, which
 * gives the procedure's Link Officer a task due on the reply date.
 */
@Controller
@RequestMapping("/complaints/{reference}/ombudsman-enquiry")
class OmbudsmanEnquiryController {

    private static final FieldWording WORDING = FieldWording.of(
            Map.entry("receivedOn", new Field("receivedOn-day", "Date received",
                    "Enter the date the enquiry was received")),
            Map.entry("ombudsmanReference", new Field("ombudsmanReference", "Ombudsman's reference",
                    "Enter the Ombudsman's reference")),
            Map.entry("replyDueOn", new Field("replyDueOn-day", "Reply due",
                    "Enter the date the Ombudsman wants a reply by")));

    private final ComplaintLookup complaints;
    private final OmbudsmanEnquiries enquiries;
    private final Validator validator;
    private final WorkingDayCalendar calendar;

    OmbudsmanEnquiryController(ComplaintLookup complaints, OmbudsmanEnquiries enquiries, Validator validator,
                               WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.enquiries = enquiries;
        this.validator = validator;
        this.calendar = calendar;
    }

    @GetMapping
    String form(@PathVariable String reference, Model model) {
        return page(model, complaints.workable(reference), DateParts.of(calendar.today()), DateParts.blank(),
                Map.of(), new FormErrors());
    }

    @PostMapping
    String record(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = WORDING.errors();
        DateParts received = DateParts.from(fields, "receivedOn");
        DateParts due = DateParts.from(fields, "replyDueOn");
        LocalDate receivedOn = DateField.read(received.day(), received.month(), received.year(), "receivedOn",
                "Date received", errors);
        LocalDate replyDueOn = DateField.read(due.day(), due.month(), due.year(), "replyDueOn", "Reply due", errors);
        OmbudsmanEnquiryRequest request = new OmbudsmanEnquiryRequest(receivedOn, fields.get("ombudsmanReference"),
                replyDueOn);
        WORDING.addAll(validator.validate(request), errors);
        if (errors.isEmpty()) {
            try {
                enquiries.receive(complaint, request);
                redirect.addFlashAttribute("done", "Ombudsman enquiry recorded: the Link Officer has a task to reply");
                return "redirect:/complaints/" + complaint.getReference();
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> WORDING.add(error, errors));
            } catch (Conflict refused) {
                errors.add("ombudsmanReference", "This complaint already has an open Ombudsman enquiry");
            }
        }
        return page(model, complaint, received, due, fields, errors);
    }

    private static String page(Model model, Complaint complaint, DateParts received, DateParts due,
                               Map<String, String> fields, FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("received", received);
        model.addAttribute("due", due);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        return "complaints/ombudsman-enquiry";
    }
}
