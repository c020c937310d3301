package uk.redress.ownership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintProcessRepository extends JpaRepository<ComplaintProcess, String> {

    List<ComplaintProcess> findByComplaintReferenceOrderByStartedAtAsc(String complaintReference);
}
