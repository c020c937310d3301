package uk.redress.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OmbudsmanDecisionRepository extends JpaRepository<OmbudsmanDecision, Long> {
}
