package uk.redress.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document kept with a complaint: who added it, what it is, and its bytes. */
@Entity
@Table(name = "complaint_document")
public class ComplaintDocument {

    /** Who added a document. */
    public enum AddedBy { COMPLAINANT, STAFF }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "added_by", nullable = false, length = 20)
    private AddedBy addedBy;

    /** The member of staff who added it; none for the complainant's own. */
    @Column(name = "added_by_user", length = 255)
    private String addedByUser;

    protected ComplaintDocument() {
    }

    /** A document a member of staff added. */
    public static ComplaintDocument fromStaff(String complaintReference, Upload upload, Instant addedAt, String user) {
        ComplaintDocument document = new ComplaintDocument(complaintReference, upload, addedAt, AddedBy.STAFF);
        document.addedByUser = user;
        return document;
    }

    public ComplaintDocument(String complaintReference, Upload upload, Instant addedAt, AddedBy addedBy) {
        this.id = UUID.randomUUID().toString();
        this.complaintReference = complaintReference;
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content();
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public String getId() {
        return id;
    }

    public String getComplaintReference() {
        return complaintReference;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public AddedBy getAddedBy() {
        return addedBy;
    }

    public String getAddedByUser() {
        return addedByUser;
    }
}
