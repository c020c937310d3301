package uk.redress.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message to one recipient about a complaint: the correspondence log and the outbox in one. Its id is the
 * idempotency key of the delivery (also the email's Message-ID and the Notify reference).
 */
@Entity
@Table(name = "correspondence")
public class Correspondence extends uk.redress.persistence.AssignedIdEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(nullable = false, length = 100)
    private String procedure;

    @Column(nullable = false, length = 60)
    private String letter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Route route;

    @Column(length = 1000)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    /** The printable PDF of a posted letter (varbinary on H2, bytea on PostgreSQL). */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(length = 5_000_000)
    private byte[] document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrespondenceStatus status;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "deemed_received_on")
    private LocalDate deemedReceivedOn;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "attempt_started_at")
    private Instant attemptStartedAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    /** After a failed attempt, when the next is due; null when none is (not failed, or out of attempts). */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "provider_id", length = 200)
    private String providerId;

    /** Who printed and posted a letter for the post, and when (the print queue); null until then. */
    @Column(name = "printed_by", length = 100)
    private String printedBy;

    @Column(name = "printed_at")
    private Instant printedAt;

    @Version
    private long version;

    protected Correspondence() {
    }

    Correspondence(String complaintReference, String procedure, String letter, Audience audience, Route route,
                   String recipient, RenderedLetter content, Instant queuedAt) {
        this.id = UUID.randomUUID().toString();
        this.complaintReference = complaintReference;
        this.procedure = procedure;
        this.letter = letter;
        this.audience = audience;
        this.route = route;
        this.recipient = recipient;
        this.subject = content.subject();
        this.body = content.body();
        this.queuedAt = queuedAt;
        this.status = route == Route.NONE ? CorrespondenceStatus.NOT_SENT : CorrespondenceStatus.QUEUED;
        madeHere();
    }

    void hold(String why) {
        status = CorrespondenceStatus.HELD;
        lastError = why;
    }

    @Override
    public String getId() {
        return id;
    }

    public String getComplaintReference() {
        return complaintReference;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getLetter() {
        return letter;
    }

    public Audience getAudience() {
        return audience;
    }

    public Route getRoute() {
        return route;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public byte[] getDocument() {
        return document;
    }

    public CorrespondenceStatus getStatus() {
        return status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public LocalDate getDeemedReceivedOn() {
        return deemedReceivedOn;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** Failed for good: every attempt used, waiting for someone to send it again. */
    public boolean isGivenUp() {
        return status == CorrespondenceStatus.FAILED && nextAttemptAt == null;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getPrintedBy() {
        return printedBy;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }

    /** Whether it is a letter for the post, rendered and waiting for someone to print and post it. */
    public boolean awaitingPrint() {
        return route == Route.POST && status == CorrespondenceStatus.SENT && document != null && printedAt == null;
    }
}
