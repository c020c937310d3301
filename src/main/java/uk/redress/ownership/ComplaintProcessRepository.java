package uk.redress.ownership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintProcessRepository extends JpaRepository<ComplaintProcess, String> {

    // written out, not derived: Hibernate keeps a written query's translation (see DeadlineRepository)
    @Query("select p from ComplaintProcess p where p.complaintReference = :complaintReference order by p.startedAt asc")
    List<ComplaintProcess> findByComplaintReferenceOrderByStartedAtAsc(String complaintReference);
}
