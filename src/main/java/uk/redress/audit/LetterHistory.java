package uk.redress.audit;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceRepository;

/** Every letter and email Redress wrote about the complaint: to whom, how, its text and what became of it. */
@Component
class LetterHistory implements HistoryPart {

    record Letter(String letter, String queued, String audience, String channel, String recipient, String subject,
                  String body, String status, String sent, String deemedReceived, int attempts, String lastError) {
    }

    private final CorrespondenceRepository correspondence;
    private final AuditWording wording;

    LetterHistory(CorrespondenceRepository correspondence, AuditWording wording) {
        this.correspondence = correspondence;
        this.wording = wording;
    }

    @Override
    public String name() {
        return "letters";
    }

    @Override
    public HistoryPage page(ComplaintTree tree, HistoryService history, int page) {
        List<Letter> letters = correspondence
                .findByComplaintReferenceOrderByQueuedAtAscIdAsc(tree.complaint().getReference()).stream()
                .map(this::letter).toList();
        return HistoryPage.of(name(), letters, page);
    }

    private Letter letter(Correspondence row) {
        return new Letter(wording.words(row.getLetter()), wording.moment(row.getQueuedAt()),
                wording.words(row.getAudience()), wording.words(row.getRoute()),
                row.getRecipient() == null ? "" : row.getRecipient(), row.getSubject(), row.getBody(),
                wording.words(row.getStatus()), wording.moment(row.getSentAt()), wording.date(row.getDeemedReceivedOn()),
                row.getAttempts(), row.getLastError() == null ? "" : row.getLastError());
    }
}
