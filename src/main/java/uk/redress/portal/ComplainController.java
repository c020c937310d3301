package uk.redress.portal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.Subject;
import uk.redress.problem.InvalidInput;
import uk.redress.document.ComplaintDocument;
import uk.redress.document.ComplaintDocumentRepository;
import uk.redress.document.Upload;
import uk.redress.document.Uploads;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Making a complaint online, as GOV.UK's question pages do it: the questions, then "check your answers", then
 * the confirmation with the reference and the dates the council commits to. Answers wait in the resident's session
 * between pages (never in the address), and the complaint is taken in exactly as staff intake takes it.
 */
@Controller
@RequestMapping("/complain")
public class ComplainController {

    static final String DRAFT = "redress.portal.draft";
    static final String MADE = "redress.portal.made";
    static final String FILES = "redress.portal.files";

    private final OnlineCouncils councils;
    private final OnlineIntake intake;
    private final ComplaintIntake complaints;
    private final StatusLinks links;
    private final StatusPage status;

    private final ComplaintDocumentRepository documents;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;

    ComplainController(OnlineCouncils councils, OnlineIntake intake, ComplaintIntake complaints, StatusLinks links,
                       StatusPage status, ComplaintDocumentRepository documents, java.time.Clock clock,
                       org.springframework.context.MessageSource messages) {
        this.documents = documents;
        this.clock = clock;
        this.messages = messages;
        this.councils = councils;
        this.intake = intake;
        this.complaints = complaints;
        this.links = links;
        this.status = status;
    }

    /** What a complaint made in this session left for its confirmation page. */
    public record Made(String council, String reference, String token) implements java.io.Serializable {
    }

    @GetMapping
    String choose(Model model) {
        model.addAttribute("councils", List.copyOf(councils.all().values()));
        return "complain/councils";
    }

    @GetMapping("/{council}")
    String form(@PathVariable String council, HttpSession session, Model model, HttpServletResponse response) {
        OnlineCouncils.Council found = councils.find(council).orElse(null);
        if (found == null) {
            return notFound(response);
        }
        OnlineComplaintForm draft = draft(session, council);
        return showForm(found, draft == null ? OnlineComplaintForm.blank() : draft, Map.of(), model);
    }

    @PostMapping("/{council}")
    String answer(@PathVariable String council, @ModelAttribute OnlineComplaintForm form,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  HttpSession session, Model model, HttpServletResponse response) throws java.io.IOException {
        OnlineCouncils.Council found = councils.find(council).orElse(null);
        if (found == null) {
            return notFound(response);
        }
        if (form.filledInByARobot()) {
            response.setStatus(400);
            return PortalViews.message("refused");
        }
        OnlineIntake.Checked checked = intake.check(form, procedureFor(found, form));
        Map<String, String> errors = new java.util.LinkedHashMap<>(checked.errors());
        List<Upload> uploads = uploads(attachments, errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return showForm(found, form, errors, model);
        }
        session.setAttribute(DRAFT + "." + council, form);
        if (uploads != null) {
            session.setAttribute(FILES + "." + council, new java.util.ArrayList<>(uploads));
        }
        return "redirect:/complain/" + council + "/check";
    }

    /** The files sent with the answers (null when none was chosen this time: any sent before stay). */
    private List<Upload> uploads(List<MultipartFile> attachments, Map<String, String> errors) throws java.io.IOException {
        List<MultipartFile> chosen = attachments == null ? List.of()
                : attachments.stream().filter(file -> !file.isEmpty()).toList();
        if (chosen.isEmpty()) {
            return null;
        }
        if (chosen.size() > Uploads.MAX_FILES) {
            errors.put("attachments", messages.getMessage("error.attachments.count", null, LocaleContextHolder.getLocale()));
            return null;
        }
        List<Upload> uploads = new java.util.ArrayList<>();
        for (MultipartFile file : chosen) {
            var upload = Uploads.check(file.getOriginalFilename(), file.getBytes());
            if (upload.isEmpty()) {
                errors.put("attachments", messages.getMessage("error.attachments", new Object[] {
                        Uploads.safeFileName(file.getOriginalFilename())}, LocaleContextHolder.getLocale()));
                return null;
            }
            uploads.add(upload.get());
        }
        return uploads;
    }

    @GetMapping("/{council}/check")
    String check(@PathVariable String council, HttpSession session, Model model, HttpServletResponse response) {
        OnlineCouncils.Council found = councils.find(council).orElse(null);
        OnlineComplaintForm draft = draft(session, council);
        if (found == null || draft == null) {
            return found == null ? notFound(response) : "redirect:/complain/" + council;
        }
        model.addAttribute("council", found);
        model.addAttribute("form", draft);
        model.addAttribute("files", files(session, council));
        return "complain/check";
    }

    @PostMapping("/{council}/check")
    String send(@PathVariable String council, HttpSession session, Model model, HttpServletResponse response) {
        OnlineCouncils.Council found = councils.find(council).orElse(null);
        OnlineComplaintForm draft = draft(session, council);
        if (found == null || draft == null) {
            return found == null ? notFound(response) : "redirect:/complain/" + council;
        }
        OnlineIntake.Checked checked = intake.check(draft, procedureFor(found, draft));
        if (!checked.errors().isEmpty()) {
            response.setStatus(400);
            return showForm(found, draft, checked.errors(), model);
        }
        String[] token = new String[1];
        Complaint complaint;
        try {
            List<Upload> files = files(session, council);
            complaint = complaints.receiveOnline(checked.request(), recorded -> {
                token[0] = links.issue(recorded.getReference());
                files.forEach(file -> documents.save(new ComplaintDocument(recorded.getReference(), file,
                        clock.instant(), ComplaintDocument.AddedBy.COMPLAINANT)));
            });
        } catch (InvalidInput e) {
            response.setStatus(400);
            return showForm(found, draft, Map.of("summary", e.errors().get(0).message()), model);
        } finally {
            links.forgetIssued();
        }
        session.removeAttribute(DRAFT + "." + council);
        session.removeAttribute(FILES + "." + council);
        session.setAttribute(MADE, new Made(council, complaint.getReference(), token[0]));
        return "redirect:/complain/" + council + "/made";
    }

    @GetMapping("/{council}/made")
    String made(@PathVariable String council, HttpSession session, Model model, HttpServletResponse response) {
        OnlineCouncils.Council found = councils.find(council).orElse(null);
        Made made = (Made) session.getAttribute(MADE);
        if (found == null || made == null || !made.council().equals(council)) {
            return found == null ? notFound(response) : "redirect:/complain/" + council;
        }
        model.addAttribute("council", found);
        model.addAttribute("made", made);
        model.addAttribute("clocks", status.clocks(made.reference()));
        return "complain/made";
    }

    private String showForm(OnlineCouncils.Council council, OnlineComplaintForm form, Map<String, String> errors,
                            Model model) {
        model.addAttribute("council", council);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "complain/form";
    }

    private String procedureFor(OnlineCouncils.Council council, OnlineComplaintForm form) {
        Subject subject;
        try {
            subject = form.careType() == null ? Subject.SERVICE : Subject.valueOf(form.careType());
        } catch (IllegalArgumentException e) {
            subject = Subject.SERVICE;
        }
        return councils.procedureFor(council, subject);
    }

    @SuppressWarnings("unchecked")
    private static List<Upload> files(HttpSession session, String council) {
        return session.getAttribute(FILES + "." + council) instanceof List<?> list ? (List<Upload>) list : List.of();
    }

    private static OnlineComplaintForm draft(HttpSession session, String council) {
        return session.getAttribute(DRAFT + "." + council) instanceof OnlineComplaintForm form ? form : null;
    }

    static String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return PortalViews.message("notFound");
    }
}
