package uk.redress.notification;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a complaint's correspondence log in {@code GET /api/complaints/{reference}}: what was sent, to whom,
 * how, when, and when it counts as received. {@code document} links to the printable PDF of a posted letter; {@code printedAt} and
 * {@code printedBy} say when and by whom it was printed and posted (the print queue).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrespondenceView(String id, String letter, Audience audience, Route channel, String recipient,
                                 String subject, CorrespondenceStatus status, Instant queuedAt, Instant sentAt,
                                 LocalDate deemedReceivedOn, int attempts, String lastError, String document,
                                 Instant printedAt, String printedBy, Instant nextAttemptAt) {

    public static CorrespondenceView of(Correspondence row) {
        return new CorrespondenceView(row.getId(), row.getLetter(), row.getAudience(), row.getRoute(),
                row.getRecipient(), row.getSubject(), row.getStatus(), row.getQueuedAt(), row.getSentAt(),
                row.getDeemedReceivedOn(), row.getAttempts(), row.getLastError(),
                row.getDocument() == null ? null : "/api/complaints/" + row.getComplaintReference()
                        + "/correspondence/" + row.getId() + "/document", row.getPrintedAt(), row.getPrintedBy(), row.getNextAttemptAt());
    }
}
