package uk.redress.workspace.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ConcurrentProceeding;
import uk.redress.complaint.ContactMethod;
import uk.redress.complaint.IntakeRequest;
import uk.redress.complaint.LetterFormat;
import uk.redress.complaint.Procedures;
import uk.redress.complaint.RepresentativeRole;
import uk.redress.complaint.Subject;
import uk.redress.problem.Forbidden;
import uk.redress.problem.InvalidInput;
import uk.redress.workspace.FormErrors;
import uk.redress.workspace.ProcedureChoices;

/**
 * Staff record a complaint made by phone, in person, by post or email. The same intake as the API: its
 * validation, exclusion screening (the procedure's first step) and procedure; nothing is stored when anything is
 * wrong, and the form comes back with each problem named.
 */
@Controller
class RecordComplaintController {

    private final ComplaintIntake intake;
    private final IntakeRequestMapper mapper;
    private final ProcedureChoices procedures;
    private final WorkingDayCalendar calendar;

    RecordComplaintController(ComplaintIntake intake, IntakeRequestMapper mapper, ProcedureChoices procedures,
                              WorkingDayCalendar calendar) {
        this.intake = intake;
        this.mapper = mapper;
        this.procedures = procedures;
        this.calendar = calendar;
    }

    @GetMapping("/complaints/new")
    String form(Model model) {
        List<Procedures.Procedure> startable = procedures.startable();
        String only = startable.size() == 1 ? startable.get(0).key() : null;
        return page(model, ComplaintForm.blank(calendar.today(), only), new FormErrors(), startable);
    }

    @PostMapping("/complaints/new")
    String record(@ModelAttribute("form") ComplaintForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = IntakeFields.WORDING.errors();
        IntakeRequest request = mapper.toRequest(form, errors);
        if (errors.isEmpty()) {
            try {
                Complaint complaint = intake.receive(request);
                redirect.addFlashAttribute("recorded", complaint.getReference());
                return "redirect:/complaints/" + complaint.getReference();
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> mapper.add(error, errors));
            } catch (Forbidden refused) {
                errors.add("procedure", "You cannot record complaints under this procedure: choose your team's");
            }
        }
        return page(model, form, errors, procedures.startable());
    }

    private static String page(Model model, ComplaintForm form, FormErrors errors,
                               List<Procedures.Procedure> startable) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("procedures", startable);
        model.addAttribute("procedureNames", startable.stream().collect(Collectors.toMap(Procedures.Procedure::key,
                Procedures.Procedure::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("channels", List.of(Channel.PHONE, Channel.IN_PERSON, Channel.POST, Channel.EMAIL,
                Channel.MP_OR_COUNCILLOR, Channel.ONLINE_FORM));
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("proceedings", ConcurrentProceeding.values());
        model.addAttribute("roles", RepresentativeRole.values());
        model.addAttribute("contactMethods", ContactMethod.values());
        model.addAttribute("formats", LetterFormat.values());
        return "complaints/new";
    }
}
