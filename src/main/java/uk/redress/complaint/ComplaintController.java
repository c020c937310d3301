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
import uk.redress.notification.CorrespondenceLog;
import uk.redress.notification.CorrespondenceView;
import uk.redress.security.ComplaintLookup;

@RestController
@RequestMapping(path = "/api/complaints", produces = "application/json")
class ComplaintController {

    private final ComplaintIntake intake;
    private final ComplaintLookup complaints;
    private final DeadlineRepository deadlines;
    private final Escalations escalations;
    private final CorrespondenceLog correspondence;

    ComplaintController(ComplaintIntake intake, ComplaintLookup complaints, DeadlineRepository deadlines,
                        Escalations escalations, CorrespondenceLog correspondence) {
        this.correspondence = correspondence;
        this.intake = intake;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.escalations = escalations;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<ComplaintView> receive(@Valid @RequestBody IntakeRequest request) {
        Complaint complaint = intake.receive(request);
        return ResponseEntity.created(URI.create("/api/complaints/" + complaint.getReference()))
                .body(view(complaint));
    }

    @GetMapping("/{reference}")
    ComplaintView status(@PathVariable String reference) {
        return view(complaints.readable(reference));
    }

    @PostMapping(path = "/{reference}/escalations", consumes = "application/json")
    ComplaintView escalate(@PathVariable String reference, @Valid @RequestBody EscalationRequest request) {
        escalations.request(complaints.workable(reference), request.requestedOn());
        return view(complaints.readable(reference));
    }

    private ComplaintView view(Complaint complaint) {
        List<ComplaintView.DeadlineView> open = deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(
                        complaint.getReference(), EnumSet.of(DeadlineState.OPEN, DeadlineState.PAUSED)).stream()
                .map(d -> new ComplaintView.DeadlineView(d.getName(), d.getDueOn(),
                        d.getState() == DeadlineState.PAUSED, d.isBreached()))
                .toList();
        return new ComplaintView(complaint.getReference(), complaint.getProcedure(), complaint.getProcessInstanceId(),
                complaint.getStage(), complaint.getStatus(), complaint.getOutcome(), complaint.getReceivedOn(),
                complaint.getChannel(), complaint.getServiceArea(), open,
                correspondence.of(complaint.getReference()).stream().map(CorrespondenceView::of).toList());
    }
}
