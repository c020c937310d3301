package uk.redress.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

    List<ImprovementAction> findByProcedureInAndAgreedOnBetweenOrderByServiceAreaAscAgreedOnAsc(
            Collection<String> procedures, LocalDate from, LocalDate to);

    List<ImprovementAction> findByComplaintReference(String complaintReference);
}
