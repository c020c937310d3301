package uk.redress.reporting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.redress.complaint.Complaint;

/** The Ombudsman's decision on a complaint, as the Link Officer recorded it (not-investigated, no-fault...). */
@Entity
@Table(name = "ombudsman_decision")
public class OmbudsmanDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ombudsman_decision_seq")
    @SequenceGenerator(name = "ombudsman_decision_seq", sequenceName = "ombudsman_decision_seq", allocationSize = 50)
    private Long id;
    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;
    @Column(nullable = false, length = 100)
    private String procedure;
    @Column(name = "service_area", nullable = false, length = 200)
    private String serviceArea;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;
    @Column(nullable = false, length = 30)
    private String decision;
    @Column(name = "remedied_by_council", nullable = false)
    private boolean remediedByCouncil;
    @Version
    private long version;

    protected OmbudsmanDecision() {
    }

    OmbudsmanDecision(Complaint complaint, LocalDate decidedOn, String decision, boolean remediedByCouncil) {
        this.complaintReference = complaint.getReference();
        this.procedure = complaint.getProcedure();
        this.serviceArea = complaint.getServiceArea();
        this.decidedOn = decidedOn;
        this.decision = decision;
        this.remediedByCouncil = remediedByCouncil;
    }
}
