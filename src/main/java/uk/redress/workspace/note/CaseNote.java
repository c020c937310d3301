package uk.redress.workspace.note;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note a member of staff wrote on a complaint: plain text, who wrote it and when. Never changed once written. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    /** The longest note taken, as the column holds it. */
    public static final int MAX_LENGTH = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "written_by", nullable = false, length = 255)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected CaseNote() {
    }

    CaseNote(String complaintReference, String body, String writtenBy, Instant writtenAt) {
        this.id = UUID.randomUUID().toString();
        this.complaintReference = complaintReference;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public String getId() {
        return id;
    }

    public String getComplaintReference() {
        return complaintReference;
    }

    public String getBody() {
        return body;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
