package uk.redress.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.redress.complaint.Complaint;
import uk.redress.persistence.WrittenAt;

/**
 * One stage of one complaint as the reports see it: when it started, its deadline, when and how it ended. Copies the
 * complaint's procedure, service area, channel and receipt date so that the reports are one table, and holds no
 * personal data.
 */
@Entity
@Table(name = "complaint_stage")
public class ComplaintStage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_stage_seq")
    @SequenceGenerator(name = "complaint_stage_seq", sequenceName = "complaint_stage_seq", allocationSize = 50)
    private Long id;
    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;
    @Column(nullable = false, length = 100)
    private String procedure;
    @Column(nullable = false, length = 40)
    private String stage;
    @Column(name = "service_area", nullable = false, length = 200)
    private String serviceArea;
    @Column(nullable = false, length = 20)
    private String channel;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "finished_on")
    private LocalDate finishedOn;
    @Column(name = "working_days")
    private Integer workingDays;
    @Column(name = "on_time")
    private Boolean onTime;
    @Column(nullable = false)
    private boolean extended;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Outcome outcome;
    @Column(length = 2000)
    private String reason;
    @Column(length = 500)
    private String categories;
    @Column(name = "remedy_apology", nullable = false)
    private boolean remedyApology;
    @Column(name = "remedy_action", nullable = false)
    private boolean remedyAction;
    @Column(name = "remedy_payment", precision = 12, scale = 2)
    private BigDecimal remedyPayment;
    /** When the row was written: the order of a complaint's stages, which ids are not across nodes. */
    @Embedded
    private WrittenAt written = WrittenAt.now();
    @Version
    private long version;

    protected ComplaintStage() {
    }

    /** Puts this new stage after {@code latest}, the complaint's stage written last, whatever the nodes' clocks say. */
    void writtenAfter(ComplaintStage latest) {
        written = written.after(latest.written);
    }

    ComplaintStage(Complaint complaint, String stage, LocalDate startedOn) {
        this.complaintReference = complaint.getReference();
        this.procedure = complaint.getProcedure();
        this.serviceArea = complaint.getServiceArea();
        this.channel = complaint.getChannel().name();
        this.receivedOn = complaint.getReceivedOn();
        this.stage = stage;
        this.startedOn = startedOn;
    }

    boolean ended() {
        return outcome != null;
    }

    /** A stage running again (re-opened after a discontinuation or a misunderstood withdrawal). */
    void reopen() {
        if (outcome == Outcome.DISCONTINUED || outcome == Outcome.WITHDRAWN) {
            outcome = null;
            reason = null;
            finishedOn = null;
        }
    }

    /** How the stage ended; a stage records its outcome once (a later closing does not overwrite the finding). */
    void end(Outcome outcome, String reason, LocalDate on) {
        this.outcome = outcome;
        this.reason = reason;
        this.finishedOn = on;
    }

    /** The response against the stage's clock: due date after any extension, working days taken (clock stops out). */
    void timed(LocalDate dueOn, int workingDays, boolean extended) {
        this.dueOn = dueOn;
        this.workingDays = workingDays;
        this.extended = extended;
        this.onTime = finishedOn != null && !finishedOn.isAfter(dueOn);
    }

    void remedies(String categories, boolean apology, boolean action, BigDecimal payment) {
        this.categories = categories;
        this.remedyApology = apology;
        this.remedyAction = action;
        this.remedyPayment = payment;
    }

    public String getComplaintReference() {
        return complaintReference;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getStage() {
        return stage;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public boolean isExtended() {
        return extended;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public boolean isRemedyApology() {
        return remedyApology;
    }

    public boolean isRemedyAction() {
        return remedyAction;
    }

    public BigDecimal getRemedyPayment() {
        return remedyPayment;
    }

    public String getCategories() {
        return categories;
    }
}
