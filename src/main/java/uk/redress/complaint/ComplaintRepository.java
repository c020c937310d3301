package uk.redress.complaint;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, ComplaintsByReference {

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select c from Complaint c where c.reference = :reference")
    Optional<Complaint> findForUpdate(String reference);

    /**
     * The same person's earlier closed complaints under a procedure about the same service area, for the repeat
     * check: found by the person's match keys ({@link People}), never by reading the service's complaints.
     */
    default java.util.List<Complaint> findClosedAbout(Complaint complaint) {
        Complainant who = complaint.getComplainant();
        if (who.isAnonymous()) {
            return java.util.List.of();
        }
        return findClosedAbout(complaint.getProcedure(), complaint.getServiceArea(), complaint.getReference(),
                who.getEmailKey(), who.getPhoneKey(), who.getNameAddressKey());
    }

    @org.springframework.data.jpa.repository.Query("""
            select c from Complaint c
            where (c.complainant.emailKey = :emailKey or c.complainant.phoneKey = :phoneKey
                   or c.complainant.nameAddressKey = :nameAddressKey)
              and c.procedure = :procedure and lower(c.serviceArea) = lower(:serviceArea)
              and c.status = uk.redress.complaint.ComplaintStatus.CLOSED and c.reference <> :reference""")
    java.util.List<Complaint> findClosedAbout(String procedure, String serviceArea, String reference, String emailKey,
                                              String phoneKey, String nameAddressKey);
}
