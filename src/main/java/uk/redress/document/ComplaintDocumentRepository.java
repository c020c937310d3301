package uk.redress.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintDocumentRepository extends JpaRepository<ComplaintDocument, String> {

    List<ComplaintDocument> findByComplaintReferenceOrderByAddedAtAsc(String complaintReference);
}
