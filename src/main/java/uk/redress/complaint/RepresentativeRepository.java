package uk.redress.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

/** The representatives recorded at intake, one at most per complaint. */
public interface RepresentativeRepository extends JpaRepository<Representative, String> {
}
