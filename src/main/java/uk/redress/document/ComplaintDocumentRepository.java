package uk.redress.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintDocumentRepository extends JpaRepository<ComplaintDocument, String> {

    List<ComplaintDocument> findByComplaintReferenceOrderByAddedAtAsc(String complaintReference);

    /** What a list of documents shows, without reading their contents. */
    interface Listed {
        String getId();

        String getFileName();

        String getContentType();

        long getSizeBytes();

        java.time.Instant getAddedAt();

        ComplaintDocument.AddedBy getAddedBy();

        String getAddedByUser();
    }

    List<Listed> findListedByComplaintReferenceOrderByAddedAtAsc(String complaintReference);
}
