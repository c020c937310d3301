package uk.redress.reporting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintStageRepository extends JpaRepository<ComplaintStage, Long> {

    // written out, not derived: Hibernate keeps a written query's translation (see DeadlineRepository)
    /**
     * A complaint's stages in the order they were written: by when, then by id. Ids alone are not that order on two
     * nodes, which take them from the sequence in blocks.
     */
    @Query("select s from ComplaintStage s where s.complaintReference = :complaintReference order by s.createdAt asc, s.id asc")
    List<ComplaintStage> findByComplaintReferenceInWrittenOrder(String complaintReference);
}
