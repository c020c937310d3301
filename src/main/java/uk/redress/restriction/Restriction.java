package uk.redress.restriction;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Restrictions on how a complainant may contact the council (unreasonable behaviour), recorded against the person
 * (as identified in the complaint that led to them) and shown to staff when that person complains again, while in
 * force: from {@code decidedOn} until {@code expiresOn}, unless lifted on appeal or review.
 */
@Entity
@Table(name = "restriction")
public class Restriction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "restriction_seq")
    @SequenceGenerator(name = "restriction_seq", sequenceName = "restriction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(name = "procedure", nullable = false, length = 100)
    private String procedure;

    @Column(nullable = false, length = 2000)
    private String restrictions;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Version
    private long version;

    protected Restriction() {
    }

    Restriction(String complaintReference, String procedure, String restrictions, LocalDate decidedOn,
                LocalDate reviewOn, LocalDate expiresOn) {
        this.complaintReference = complaintReference;
        this.procedure = procedure;
        this.restrictions = restrictions;
        this.decidedOn = decidedOn;
        this.reviewOn = reviewOn;
        this.expiresOn = expiresOn;
    }

    void lift(LocalDate on) {
        liftedOn = on;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(decidedOn) && !day.isAfter(expiresOn) && (liftedOn == null || day.isBefore(liftedOn));
    }

    public Long getId() {
        return id;
    }

    public String getComplaintReference() {
        return complaintReference;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getRestrictions() {
        return restrictions;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getLiftedOn() {
        return liftedOn;
    }
}
