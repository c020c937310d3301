package uk.redress.security;

import org.springframework.stereotype.Component;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.problem.NotFound;

/**
 * Finds a complaint for the signed-in member of staff: one of another team's procedures is "not found", so a
 * reference says nothing to someone who may not see it.
 */
@Component
public class ComplaintLookup {

    private final ComplaintRepository complaints;
    private final ProcedureAccess access;

    public ComplaintLookup(ComplaintRepository complaints, ProcedureAccess access) {
        this.complaints = complaints;
        this.access = access;
    }

    public Complaint readable(String reference) {
        return complaints.findByReference(reference)
                .filter(complaint -> access.canRead(complaint.getProcedure()))
                .orElseThrow(() -> new NotFound("No complaint " + reference));
    }

    /** Readable, and the caller may act on it (TASK_WORK on the procedure), else 403. */
    public Complaint workable(String reference) {
        Complaint complaint = readable(reference);
        access.requireWork(complaint.getProcedure());
        return complaint;
    }
}
