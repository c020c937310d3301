package uk.redress.complaint;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, ComplaintsByReference {

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Complaint c where c.reference = :reference")
    Optional<Complaint> findForUpdate(String reference);

    /** Earlier closed complaints under a procedure about the same service area, for the repeat check. */
    @org.springframework.data.jpa.repository.Query("""
            select c from Complaint c
            where c.procedure = :procedure and lower(c.serviceArea) = lower(:serviceArea)
              and c.status = uk.redress.complaint.ComplaintStatus.CLOSED and c.reference <> :reference""")
    java.util.List<Complaint> findClosedAbout(String procedure, String serviceArea, String reference);
}
