package uk.redress.deadline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries are written out (JPQL) rather than derived from method names: Hibernate translates a written query once and
 * keeps the translation, while a derived one is built as a criteria query and translated on every call, work each
 * step of a complaint repeats several times.
 */
public interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    @Query("select d from Deadline d where d.complaintReference = :reference and d.state in :states order by d.dueOn asc, d.name asc")
    List<Deadline> findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(String reference,
                                                                             Collection<DeadlineState> states);

    /** The clock of that name in one of those states written last. */
    default Optional<Deadline> findLatestNamed(String reference, String name, Collection<DeadlineState> states) {
        return latestNamed(reference, name, states, PageRequest.of(0, 1)).stream().findFirst();
    }

    @Query("select d from Deadline d where d.complaintReference = :reference and d.name = :name and d.state in :states order by d.written.at desc, d.id desc")
    List<Deadline> latestNamed(String reference, String name, Collection<DeadlineState> states, Pageable page);

    @Query("select d from Deadline d where d.complaintReference = :reference and d.state in :states")
    List<Deadline> findByComplaintReferenceAndStateIn(String reference, Collection<DeadlineState> states);
}
