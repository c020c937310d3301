package uk.redress.caseevent;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.redress.security.ComplaintLookup;

/** Things that happen to a complaint at any stage: suspension and resumption, withdrawal. */
@RestController
@RequestMapping(path = "/api/complaints/{reference}", produces = "application/json")
class CaseEventController {

    private final ComplaintLookup complaints;
    private final Suspensions suspensions;
    private final Withdrawals withdrawals;

    CaseEventController(ComplaintLookup complaints, Suspensions suspensions, Withdrawals withdrawals) {
        this.complaints = complaints;
        this.suspensions = suspensions;
        this.withdrawals = withdrawals;
    }

    @PostMapping(path = "/suspension", consumes = "application/json")
    ResponseEntity<Void> suspend(@PathVariable String reference, @Valid @RequestBody SuspensionRequest request) {
        suspensions.suspend(complaints.workable(reference), request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/resumption")
    ResponseEntity<Void> resume(@PathVariable String reference) {
        suspensions.resume(complaints.workable(reference));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/reopening", consumes = "application/json")
    ResponseEntity<Void> reopen(@PathVariable String reference, @Valid @RequestBody ReopeningRequest request) {
        withdrawals.reopen(complaints.workable(reference), request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/withdrawal", consumes = "application/json")
    ResponseEntity<Void> withdraw(@PathVariable String reference, @Valid @RequestBody WithdrawalRequest request) {
        withdrawals.withdraw(complaints.workable(reference), request);
        return ResponseEntity.noContent().build();
    }

}
