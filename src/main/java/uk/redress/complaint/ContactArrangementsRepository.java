package uk.redress.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactArrangementsRepository extends JpaRepository<ContactArrangements, String> {
}
