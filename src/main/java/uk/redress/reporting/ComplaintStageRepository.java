package uk.redress.reporting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintStageRepository extends JpaRepository<ComplaintStage, Long> {

    List<ComplaintStage> findByComplaintReferenceOrderByIdAsc(String complaintReference);
}
