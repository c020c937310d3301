package uk.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who speaks for the complainant and how the council must contact them, recorded at intake with the complaint
 * (the LGSCO Complaint Handling Code asks councils to record representatives and reasonable adjustments). Kept
 * beside the complaint, one row per complaint that has any, and shown to the procedure's staff only.
 */
@Entity
@Table(name = "contact_arrangements")
public class ContactArrangements {

    @Id
    @Column(name = "complaint_reference", length = 40)
    private String complaintReference;

    @Column(name = "representative_name", length = 200)
    private String representativeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_role", length = 20)
    private RepresentativeRole representativeRole;

    @Column(name = "representative_email", length = 320)
    private String representativeEmail;

    @Column(name = "representative_phone", length = 40)
    private String representativePhone;

    @Column(name = "representative_address", length = 1000)
    private String representativeAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", length = 20)
    private ContactMethod preferredContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_format", length = 20)
    private LetterFormat letterFormat;

    @Column(name = "other_adjustments", length = 1000)
    private String otherAdjustments;

    protected ContactArrangements() {
    }

    ContactArrangements(String complaintReference, IntakeRequest.RepresentativeDetails representative,
                        IntakeRequest.AdjustmentDetails adjustments) {
        this.complaintReference = complaintReference;
        if (representative != null) {
            this.representativeName = trim(representative.name());
            this.representativeRole = representative.role();
            this.representativeEmail = trim(representative.email());
            this.representativePhone = trim(representative.phone());
            this.representativeAddress = trim(representative.address());
        }
        if (adjustments != null) {
            this.preferredContact = adjustments.preferredContact();
            this.letterFormat = adjustments.format();
            this.otherAdjustments = trim(adjustments.other());
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getComplaintReference() {
        return complaintReference;
    }

    public boolean hasRepresentative() {
        return representativeName != null;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public RepresentativeRole getRepresentativeRole() {
        return representativeRole;
    }

    public String getRepresentativeEmail() {
        return representativeEmail;
    }

    public String getRepresentativePhone() {
        return representativePhone;
    }

    public String getRepresentativeAddress() {
        return representativeAddress;
    }

    public ContactMethod getPreferredContact() {
        return preferredContact;
    }

    public LetterFormat getLetterFormat() {
        return letterFormat;
    }

    public String getOtherAdjustments() {
        return otherAdjustments;
    }
}
