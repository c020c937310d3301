package uk.redress.portal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident's way back to their complaint: the hash of the token in their link, never the token itself. */
@Entity
@Table(name = "public_access")
class PublicAccess {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PublicAccess() {
    }

    PublicAccess(String tokenHash, String complaintReference, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.complaintReference = complaintReference;
        this.createdAt = createdAt;
    }

    String getComplaintReference() {
        return complaintReference;
    }
}
