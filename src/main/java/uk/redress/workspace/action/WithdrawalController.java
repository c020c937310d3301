package uk.redress.workspace.action;

import java.util.Arrays;
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
import uk.redress.caseevent.WithdrawalRequest;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.Complaint;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.DateField;
import uk.redress.workspace.FieldWording;
import uk.redress.workspace.FieldWording.Field;
import uk.redress.workspace.FormErrors;

/**
 * The complainant withdrew the complaint: recorded through the same service as the API; the diagram then stops
 * the procedure and asks the team to confirm the withdrawal in writing.
 */
@Controller
@RequestMapping("/complaints/{reference}/withdrawal")
class WithdrawalController {

    private static final FieldWording WORDING = FieldWording.of(
            Map.entry("withdrawnOn", new Field("withdrawnOn-day", "Date withdrawn",
                    "Enter the date the complaint was withdrawn")),
            Map.entry("how", new Field("how", "How they withdrew", "Select how the complainant withdrew")),
            Map.entry("note", new Field("note", "Note", "")));

    private final ComplaintLookup complaints;
    private final Withdrawals withdrawals;
    private final Validator validator;
    private final WorkingDayCalendar calendar;

    WithdrawalController(ComplaintLookup complaints, Withdrawals withdrawals, Validator validator,
                         WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.withdrawals = withdrawals;
        this.validator = validator;
        this.calendar = calendar;
    }

    @GetMapping
    String form(@PathVariable String reference, Model model) {
        return page(model, complaints.workable(reference), DateParts.of(calendar.today()), Map.of(), new FormErrors());
    }

    @PostMapping
    String record(@PathVariable String reference, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        FormErrors errors = WORDING.errors();
        DateParts withdrawn = DateParts.from(fields, "withdrawnOn");
        WithdrawalRequest request = new WithdrawalRequest(DateField.read(withdrawn.day(), withdrawn.month(),
                withdrawn.year(), "withdrawnOn", "Date withdrawn", errors), how(fields.get("how")), fields.get("note"));
        WORDING.addAll(validator.validate(request), errors);
        if (errors.isEmpty()) {
            try {
                withdrawals.withdraw(complaint, request);
                redirect.addFlashAttribute("done", "Withdrawal recorded: confirm it to the complainant in your tasks");
                return "redirect:/complaints/" + complaint.getReference();
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> WORDING.add(error, errors));
            } catch (Conflict refused) {
                errors.add("withdrawnOn-day", "This complaint cannot be withdrawn now: it is closed, already"
                        + " withdrawn or suspended");
            }
        }
        return page(model, complaint, withdrawn, fields, errors);
    }

    private static WithdrawalRequest.How how(String value) {
        return Arrays.stream(WithdrawalRequest.How.values()).filter(how -> how.name().equals(value)).findFirst()
                .orElse(null);
    }

    private static String page(Model model, Complaint complaint, DateParts withdrawn, Map<String, String> fields,
                               FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("withdrawn", withdrawn);
        model.addAttribute("fields", fields);
        model.addAttribute("ways", WithdrawalRequest.How.values());
        model.addAttribute("errors", errors);
        return "complaints/withdrawal";
    }
}
