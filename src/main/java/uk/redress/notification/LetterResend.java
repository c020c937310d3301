package uk.redress.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.redress.complaint.Complaint;
import uk.redress.problem.Conflict;
import uk.redress.problem.NotFound;

/**
 * Sends again a letter that failed on every attempt (the mail server was down for hours), once the cause is put
 * right: it is queued again and leaves as soon as that is saved. For the API and the case page alike; the caller
 * has already checked that the person works the complaint's procedure.
 */
@Component
public class LetterResend {

    private final CorrespondenceRepository repository;
    private final LetterOutbox outbox;
    private final TransactionTemplate transaction;

    LetterResend(CorrespondenceRepository repository, LetterOutbox outbox, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The letter, queued again; NotFound when it is not this complaint's, Conflict when it has not failed. */
    public Correspondence sendAgain(Complaint complaint, String id) {
        Correspondence row = repository.findById(id)
                .filter(found -> found.getComplaintReference().equals(complaint.getReference()))
                .orElseThrow(() -> new NotFound("No letter " + id + " for complaint " + complaint.getReference()));
        transaction.executeWithoutResult(status -> {
            if (repository.requeue(row.getId()) == 0) {
                throw new Conflict("Letter " + id + " has not failed: only a letter that could not be sent can be "
                        + "sent again");
            }
            outbox.queued(row.getId());
        });
        return repository.findById(id).orElseThrow();
    }
}
