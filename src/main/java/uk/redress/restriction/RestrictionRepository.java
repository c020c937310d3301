package uk.redress.restriction;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RestrictionRepository extends JpaRepository<Restriction, Long> {

    List<Restriction> findByComplaintReference(String complaintReference);

    List<Restriction> findByProcedureStartingWith(String councilPrefix);
}
