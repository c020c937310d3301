package uk.redress.portal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicAccessRepository extends JpaRepository<PublicAccess, String> {
}
