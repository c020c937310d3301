package uk.redress.reporting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintStageRepository extends JpaRepository<ComplaintStage, Long> {

    /**
     * A complaint's stages in the order they were written: by when, then by id ({@code WrittenAt}). Written out, not
     * derived: Hibernate keeps a written query's translation (see DeadlineRepository).
     */
    @Query("select s from ComplaintStage s where s.complaintReference = :complaintReference order by s.written.at asc, s.id asc")
    List<ComplaintStage> findByComplaintReferenceInWrittenOrder(String complaintReference);
}
