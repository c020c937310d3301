package uk.redress.ownership;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintProcessRepository extends JpaRepository<ComplaintProcess, String> {
}
