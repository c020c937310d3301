package uk.redress.deadline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    List<Deadline> findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(String reference,
                                                                             Collection<DeadlineState> states);

    Optional<Deadline> findFirstByComplaintReferenceAndNameAndStateInOrderByIdDesc(String reference, String name,
                                                                                   Collection<DeadlineState> states);

    List<Deadline> findByComplaintReferenceAndStateIn(String reference, Collection<DeadlineState> states);
}
