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

/** An action a response promised and still owed after it, tracked until someone records it done. */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_action_seq")
    @SequenceGenerator(name = "improvement_action_seq", sequenceName = "improvement_action_seq", allocationSize = 50)
    private Long id;
    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;
    @Column(nullable = false, length = 100)
    private String procedure;
    @Column(nullable = false, length = 40)
    private String stage;
    @Column(name = "service_area", nullable = false, length = 200)
    private String serviceArea;
    @Column(nullable = false, length = 2000)
    private String description;
    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Version
    private long version;

    protected ImprovementAction() {
    }

    ImprovementAction(ComplaintStage stage, String description, LocalDate agreedOn, LocalDate dueOn) {
        this.complaintReference = stage.getComplaintReference();
        this.procedure = stage.getProcedure();
        this.stage = stage.getStage();
        this.serviceArea = stage.getServiceArea();
        this.description = description;
        this.agreedOn = agreedOn;
        this.dueOn = dueOn;
    }

    void complete(LocalDate on) {
        if (completedOn == null) {
            completedOn = on;
        }
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

    public String getServiceArea() {
        return serviceArea;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
