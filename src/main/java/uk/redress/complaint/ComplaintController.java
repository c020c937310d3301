package uk.redress.complaint;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;
import uk.redress.problem.NotFound;
import uk.redress.security.ProcedureAccess;

@RestController
@RequestMapping(path = "/api/complaints", produces = "application/json")
class ComplaintController {

    private final ComplaintIntake intake;
    private final ComplaintRepository complaints;
    private final DeadlineRepository deadlines;
    private final Escalations escalations;
    private final ProcedureAccess access;

    ComplaintController(ComplaintIntake intake, ComplaintRepository complaints, DeadlineRepository deadlines,
                        Escalations escalations, ProcedureAccess access) {
        this.intake = intake;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.escalations = escalations;
        this.access = access;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<ComplaintView> receive(@Valid @RequestBody IntakeRequest request) {
        Complaint complaint = intake.receive(request);
        return ResponseEntity.created(URI.create("/api/complaints/" + complaint.getReference()))
                .body(view(complaint));
    }

    @GetMapping("/{reference}")
    ComplaintView status(@PathVariable String reference) {
        return view(find(reference));
    }

    @PostMapping(path = "/{reference}/escalations", consumes = "application/json")
    ComplaintView escalate(@PathVariable String reference, @Valid @RequestBody EscalationRequest request) {
        Complaint complaint = find(reference);
        access.requireWork(complaint.getProcedure());
        escalations.request(complaint, request.requestedOn());
        return view(find(reference));
    }

    private Complaint find(String reference) {
        return complaints.findByReference(reference)
                .filter(complaint -> access.canRead(complaint.getProcedure()))
                .orElseThrow(() -> new NotFound("No complaint " + reference));
    }

    private ComplaintView view(Complaint complaint) {
        List<ComplaintView.DeadlineView> open = deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(
                        complaint.getReference(), EnumSet.of(DeadlineState.OPEN, DeadlineState.PAUSED)).stream()
                .map(d -> new ComplaintView.DeadlineView(d.getName(), d.getDueOn(),
                        d.getState() == DeadlineState.PAUSED, d.isBreached()))
                .toList();
        return new ComplaintView(complaint.getReference(), complaint.getProcedure(), complaint.getProcessInstanceId(),
                complaint.getStage(), complaint.getStatus(), complaint.getOutcome(), complaint.getReceivedOn(),
                complaint.getChannel(), complaint.getServiceArea(), open);
    }
}
