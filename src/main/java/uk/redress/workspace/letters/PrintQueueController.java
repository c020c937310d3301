package uk.redress.workspace.letters;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.Procedures;
import uk.redress.notification.Correspondence;
import uk.redress.notification.PrintQueue;
import uk.redress.problem.Conflict;
import uk.redress.problem.NotFound;
import uk.redress.security.ComplaintLookup;
import uk.redress.workspace.ProcedureChoices;

/**
 * The print queue: letters for the post waiting to be printed, for the procedures the signed-in person may read,
 * each with its PDF; those who work a procedure mark its letters printed and posted (who and when are recorded).
 * Auditors read the queue and mark nothing; another council's letters are neither listed nor found.
 */
@Controller
class PrintQueueController {

    private final PrintQueue queue;
    private final ProcedureChoices procedures;
    private final ComplaintLookup complaints;

    PrintQueueController(PrintQueue queue, ProcedureChoices procedures, ComplaintLookup complaints) {
        this.queue = queue;
        this.procedures = procedures;
        this.complaints = complaints;
    }

    record Waiting(Correspondence letter, boolean mayMark) {
    }

    @GetMapping("/complaints/print-queue")
    String list(Model model) {
        Set<String> readable = procedures.readable().stream().map(Procedures.Procedure::key)
                .collect(Collectors.toSet());
        Set<String> workable = readable.stream().filter(procedures::mayWork).collect(Collectors.toSet());
        List<Waiting> letters = queue.waiting(readable).stream()
                .map(letter -> new Waiting(letter, workable.contains(letter.getProcedure()))).toList();
        model.addAttribute("letters", letters);
        return "complaints/print-queue";
    }

    @PostMapping("/complaints/print-queue/{id}/printed")
    String markPrinted(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        Correspondence letter = queue.find(id).orElseThrow(() -> new NotFound("No letter " + id));
        // another council's letter is "not found", an auditor "cannot do this": as for the complaint itself
        Complaint complaint = complaints.workable(letter.getComplaintReference());
        try {
            queue.markPrinted(letter.getId(), principal.getName());
            redirect.addFlashAttribute("done", "Letter for " + complaint.getReference() + " marked as printed and posted");
        } catch (Conflict already) {
            redirect.addFlashAttribute("done", "That letter for " + complaint.getReference()
                    + " was already marked as printed and posted");
        }
        return "redirect:/complaints/print-queue";
    }
}
