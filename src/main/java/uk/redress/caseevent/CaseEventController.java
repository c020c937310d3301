package uk.redress.caseevent;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.problem.NotFound;
import uk.redress.security.ProcedureAccess;

/** Things that happen to a complaint at any stage: suspension and resumption, withdrawal. */
@RestController
@RequestMapping(path = "/api/complaints/{reference}", produces = "application/json")
class CaseEventController {

    private final ComplaintRepository complaints;
    private final Suspensions suspensions;
    private final Withdrawals withdrawals;
    private final ProcedureAccess access;

    CaseEventController(ComplaintRepository complaints, Suspensions suspensions, Withdrawals withdrawals,
                        ProcedureAccess access) {
        this.complaints = complaints;
        this.suspensions = suspensions;
        this.withdrawals = withdrawals;
        this.access = access;
    }

    @PostMapping(path = "/suspension", consumes = "application/json")
    ResponseEntity<Void> suspend(@PathVariable String reference, @Valid @RequestBody SuspensionRequest request) {
        suspensions.suspend(workable(reference), request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/resumption")
    ResponseEntity<Void> resume(@PathVariable String reference) {
        suspensions.resume(workable(reference));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/withdrawal", consumes = "application/json")
    ResponseEntity<Void> withdraw(@PathVariable String reference, @Valid @RequestBody WithdrawalRequest request) {
        withdrawals.withdraw(workable(reference), request);
        return ResponseEntity.noContent().build();
    }

    private Complaint workable(String reference) {
        Complaint complaint = complaints.findByReference(reference)
                .filter(c -> access.canRead(c.getProcedure()))
                .orElseThrow(() -> new NotFound("No complaint " + reference));
        access.requireWork(complaint.getProcedure());
        return complaint;
    }
}
