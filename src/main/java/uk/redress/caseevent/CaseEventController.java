package uk.redress.caseevent;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.complaint.Complaint;
import uk.redress.security.ComplaintLookup;

/** Things that happen to a complaint at any stage: suspension and resumption, withdrawal. */
@RestController
@RequestMapping(path = "/api/complaints/{reference}", produces = "application/json")
class CaseEventController {

    private final ComplaintLookup complaints;
    private final Suspensions suspensions;
    private final Withdrawals withdrawals;
    private final CaseDeciders deciders;

    CaseEventController(ComplaintLookup complaints, Suspensions suspensions, Withdrawals withdrawals,
                        CaseDeciders deciders) {
        this.complaints = complaints;
        this.suspensions = suspensions;
        this.withdrawals = withdrawals;
        this.deciders = deciders;
    }

    @PostMapping(path = "/suspension", consumes = "application/json")
    ResponseEntity<Void> suspend(@PathVariable String reference, @Valid @RequestBody SuspensionRequest request) {
        Complaint complaint = complaints.workable(reference);
        String user = deciders.require(complaint.getProcedure(), "suspend");
        suspensions.suspend(complaint, new SuspensionRequest(request.because(),
                request.decidedBy().trim() + " (" + user + ")", request.note()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/resumption")
    ResponseEntity<Void> resume(@PathVariable String reference) {
        Complaint complaint = complaints.workable(reference);
        deciders.require(complaint.getProcedure(), "resume");
        suspensions.resume(complaint);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/reopening", consumes = "application/json")
    ResponseEntity<Void> reopen(@PathVariable String reference, @Valid @RequestBody ReopeningRequest request) {
        Complaint complaint = complaints.workable(reference);
        String user = deciders.require(complaint.getProcedure(), "re-open");
        withdrawals.reopen(complaint, new ReopeningRequest(request.authorisedBy().trim() + " (" + user + ")",
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/withdrawal", consumes = "application/json")
    ResponseEntity<Void> withdraw(@PathVariable String reference, @Valid @RequestBody WithdrawalRequest request) {
        withdrawals.withdraw(complaints.workable(reference), request);
        return ResponseEntity.noContent().build();
    }

}
