package uk.redress.workspace.casefile;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.redress.complaint.Complaint;
import uk.redress.notification.LetterResend;
import uk.redress.security.ComplaintLookup;

/**
 * "Send it again" on the case page's timeline, for a letter that failed on every attempt, by a team that may act
 * on the complaint (auditors see the letter's state and no button; anyone else finds no complaint).
 */
@Controller
class LetterResendController {

    private final ComplaintLookup complaints;
    private final LetterResend resend;

    LetterResendController(ComplaintLookup complaints, LetterResend resend) {
        this.complaints = complaints;
        this.resend = resend;
    }

    @PostMapping("/complaints/{reference}/letters/{id}/send-again")
    String sendAgain(@PathVariable String reference, @PathVariable String id, RedirectAttributes redirect) {
        Complaint complaint = complaints.workable(reference);
        resend.sendAgain(complaint, id);
        redirect.addFlashAttribute("done", "The letter is being sent again");
        return "redirect:/complaints/" + complaint.getReference() + "#timeline";
    }
}
