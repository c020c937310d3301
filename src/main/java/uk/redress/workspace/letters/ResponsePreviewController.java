package uk.redress.workspace.letters;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.complaint.Complaint;
import uk.redress.notification.LetterDrafts;
import uk.redress.notification.RenderedLetter;
import uk.redress.problem.InvalidInput;
import uk.redress.problem.NotFound;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.FormErrors;

/**
 * Write and preview a response letter before it goes: the officer's text in the council's letter, rendered by the
 * same templates and PDF layout as the letter that is sent, and kept on the task so that its form in Tasklist
 * carries it. Nothing is sent from here: the letter goes when the task is completed. Only staff who work the
 * procedure (not auditors) use it; another council's complaint is "not found".
 */
@Controller
@RequestMapping("/complaints/{reference}/response")
class ResponsePreviewController {

    private final ComplaintLookup complaints;
    private final ResponseTasks tasks;
    private final LetterDrafts drafts;

    ResponsePreviewController(ComplaintLookup complaints, ResponseTasks tasks, LetterDrafts drafts) {
        this.complaints = complaints;
        this.tasks = tasks;
        this.drafts = drafts;
    }

    @GetMapping
    String form(@PathVariable String reference, Model model) {
        Complaint complaint = complaints.workable(reference);
        ResponseTasks.ResponseTask response = waiting(complaint);
        return page(model, complaint, response, response.draft(), null, new FormErrors());
    }

    @PostMapping
    String preview(@PathVariable String reference, @RequestParam(name = "responseText", defaultValue = "") String text,
                   @RequestParam(name = "save", required = false) String save, Model model,
                   RedirectAttributes redirect, HttpServletResponse http) {
        Complaint complaint = complaints.workable(reference);
        ResponseTasks.ResponseTask response = waiting(complaint);
        FormErrors errors = new FormErrors();
        try {
            RenderedLetter letter = drafts.preview(complaint, response.letter(), response.variables(), text);
            if (save != null) {
                tasks.saveDraft(response, LetterDrafts.requireText(text));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/complaints/" + complaint.getReference() + "/response";
            }
            return page(model, complaint, response, text, letter, errors);
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> errors.add(error.field(), error.message()));
            http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, complaint, response, text, null, errors);
        }
    }

    @PostMapping(path = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String reference,
                               @RequestParam(name = "responseText", defaultValue = "") String text) {
        Complaint complaint = complaints.workable(reference);
        ResponseTasks.ResponseTask response = waiting(complaint);
        byte[] pdf = drafts.printable(complaint, response.letter(), response.variables(), text);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(complaint.getReference() + "-" + response.letter() + "-draft.pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private ResponseTasks.ResponseTask waiting(Complaint complaint) {
        return tasks.of(complaint.getReference()).orElseThrow(() -> new NotFound(
                "No response is being written for complaint " + complaint.getReference()));
    }

    private static String page(Model model, Complaint complaint, ResponseTasks.ResponseTask response, String text,
                               RenderedLetter letter, FormErrors errors) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("taskName", response.task().getName());
        model.addAttribute("taskLink", "/camunda/app/tasklist/default/#/?task=" + response.task().getId());
        model.addAttribute("responseText", text);
        model.addAttribute("letter", letter);
        model.addAttribute("errors", errors);
        return "complaints/response";
    }
}
