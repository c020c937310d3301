package uk.redress.restriction;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RestrictionRepository extends JpaRepository<Restriction, Long> {

    // written out, not derived: Hibernate keeps a written query's translation (see DeadlineRepository)
    @Query("select r from Restriction r where r.complaintReference = :complaintReference")
    List<Restriction> findByComplaintReference(String complaintReference);

    /** Restrictions decided on complaints made by a person with any of these match keys ({@code People}). */
    @Query("""
            select r from Restriction r join Complaint c on c.reference = r.complaintReference
            where c.complainant.emailKey = :emailKey or c.complainant.phoneKey = :phoneKey
               or c.complainant.nameAddressKey = :nameAddressKey""")
    List<Restriction> onPerson(String emailKey, String phoneKey, String nameAddressKey);
}
