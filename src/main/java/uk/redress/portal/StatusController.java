package uk.redress.portal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.caseevent.WithdrawalRequest;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.Escalations;
import uk.redress.notification.Correspondence;
import uk.redress.notification.Councils;
import uk.redress.problem.Conflict;
import uk.redress.problem.InvalidInput;

/**
 * A resident following their complaint. The link in their email ({@code /complain/follow/<token>}) opens it in
 * their session and moves them to {@code /complain/your-complaint}, so the token does not stay in the address bar,
 * history or referrer. An unknown, mistyped or expired link gets the same page: nothing says whether a complaint
 * exists.
 */
@Controller
@RequestMapping("/complain")
class StatusController {

    static final String FOLLOWING = "redress.portal.following";

    private final StatusLinks links;
    private final StatusPage page;
    private final Escalations escalations;
    private final Withdrawals withdrawals;
    private final OnlineCouncils councils;
    private final Councils folders;
    private final WorkingDayCalendar calendar;
    private final org.camunda.bpm.engine.TaskService taskService;

    StatusController(StatusLinks links, StatusPage page, Escalations escalations,
                     Withdrawals withdrawals, OnlineCouncils councils, Councils folders, WorkingDayCalendar calendar,
                     org.camunda.bpm.engine.TaskService taskService) {
        this.taskService = taskService;
        this.links = links;
        this.page = page;
        this.escalations = escalations;
        this.withdrawals = withdrawals;
        this.councils = councils;
        this.folders = folders;
        this.calendar = calendar;
    }

    @GetMapping("/follow/{token}")
    String follow(@PathVariable String token, HttpSession session, HttpServletResponse response) {
        Optional<Complaint> complaint = links.open(token);
        if (complaint.isEmpty()) {
            response.setStatus(404);
            return PortalViews.message("linkNotValid");
        }
        session.setAttribute(FOLLOWING, token);
        return "redirect:/complain/your-complaint";
    }

    @GetMapping("/your-complaint")
    String status(HttpSession session, Model model, HttpServletResponse response) {
        Complaint complaint = following(session).orElse(null);
        if (complaint == null) {
            response.setStatus(404);
            return PortalViews.message("linkNotValid");
        }
        model.addAttribute("complaint", complaint);
        model.addAttribute("council", councils.find(folders.of(complaint.getProcedure())).orElse(null));
        model.addAttribute("clocks", page.clocks(complaint.getReference()));
        model.addAttribute("letters", page.letters(complaint.getReference()));
        model.addAttribute("mayEscalate", page.mayEscalate(complaint));
        model.addAttribute("mayWithdraw", page.mayWithdraw(complaint));
        model.addAttribute("informationWanted", page.informationWanted(complaint).orElse(null));
        return "complain/status";
    }

    @PostMapping("/your-complaint/escalate")
    String escalate(@RequestParam(required = false) String reasons, HttpSession session, Model model,
                    HttpServletResponse response) {
        Complaint complaint = following(session).orElse(null);
        if (complaint == null) {
            response.setStatus(404);
            return PortalViews.message("linkNotValid");
        }
        if (reasons == null || reasons.isBlank() || reasons.length() > 5000
                || !reasons.matches(uk.redress.problem.PlainText.LINES)) {
            response.setStatus(400);
            model.addAttribute("reasonsError", true);
            return status(session, model, response);
        }
        try {
            escalations.request(complaint, calendar.today(), reasons);
        } catch (Conflict | InvalidInput e) {
            response.setStatus(409);
            model.addAttribute("tooLate", true);
            return status(session, model, response);
        }
        return "redirect:/complain/your-complaint?escalated";
    }

    /**
     * The complainant sends the information the council asked for: it is recorded on the step that waits for it,
     * which restarts the stopped clock as the procedure says (e.g. Harborough 9.27).
     */
    @PostMapping("/your-complaint/information")
    String information(@RequestParam(required = false) String information, HttpSession session, Model model,
                       HttpServletResponse response) {
        Complaint complaint = following(session).orElse(null);
        if (complaint == null) {
            response.setStatus(404);
            return PortalViews.message("linkNotValid");
        }
        var wanted = page.informationWanted(complaint);
        if (wanted.isEmpty()) {
            response.setStatus(409);
            return status(session, model, response);
        }
        if (information == null || information.isBlank() || information.length() > 10_000
                || !information.matches(uk.redress.problem.PlainText.LINES)) {
            response.setStatus(400);
            model.addAttribute("informationError", true);
            return status(session, model, response);
        }
        taskService.complete(wanted.get().taskId(), java.util.Map.of(
                "informationReceived", "Sent online by the complainant on " + calendar.today() + ":\n" + information.trim(),
                "informationOutcome", "received"));
        return "redirect:/complain/your-complaint?information";
    }

    @PostMapping("/your-complaint/withdraw")
    String withdraw(@RequestParam(required = false) String confirm, @RequestParam(required = false) String note,
                    HttpSession session, Model model, HttpServletResponse response) {
        Complaint complaint = following(session).orElse(null);
        if (complaint == null) {
            response.setStatus(404);
            return PortalViews.message("linkNotValid");
        }
        if (!"yes".equals(confirm) || note != null && (note.length() > 2000
                || !note.matches(uk.redress.problem.PlainText.LINES))) {
            response.setStatus(400);
            model.addAttribute("withdrawError", true);
            return status(session, model, response);
        }
        try {
            withdrawals.withdraw(complaint, new WithdrawalRequest(calendar.today(), WithdrawalRequest.How.ONLINE,
                    note == null || note.isBlank() ? null : note.trim()));
        } catch (Conflict | InvalidInput e) {
            response.setStatus(409);
            model.addAttribute("withdrawError", true);
            return status(session, model, response);
        }
        return "redirect:/complain/your-complaint?withdrawn";
    }

    /** A letter sent to the complainant: its PDF where it went by post, else its text. */
    @GetMapping("/your-complaint/letters/{id}")
    ResponseEntity<byte[]> letter(@PathVariable String id, HttpSession session) {
        Optional<Correspondence> letter = following(session)
                .flatMap(complaint -> page.letter(complaint.getReference(), id));
        if (letter.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Correspondence row = letter.get();
        if (row.getDocument() != null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("letter-" + row.getId() + ".pdf").build().toString())
                    .body(row.getDocument());
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .body((row.getSubject() + "\n\n" + row.getBody()).getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Complaint> following(HttpSession session) {
        Object token = session.getAttribute(FOLLOWING);
        return token instanceof String value ? links.open(value) : Optional.empty();
    }
}
