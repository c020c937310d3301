package uk.redress.complaint;

import java.time.Instant;
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

/** The council's record of one complaint; its procedure runs as the process instance keyed by the reference. */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    /** The complaint's natural key: found by it in the current unit of work without asking the database again. */
    @org.hibernate.annotations.NaturalId
    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @Column(nullable = false, length = 100)
    private String procedure;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Embedded
    private Complainant complainant;

    @Column(name = "service_area", nullable = false, length = 200)
    private String serviceArea;

    @Column(nullable = false, length = 10000)
    private String summary;

    @Column(name = "outcome_sought", length = 5000)
    private String outcomeSought;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Column(name = "about_staff_behaviour", nullable = false)
    private boolean aboutStaffBehaviour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Subject subject;

    /** Comma-separated {@link ConcurrentProceeding} names; empty when none. */
    @Column(name = "concurrent_proceedings", nullable = false, length = 300)
    private String concurrentProceedings;

    @Column(nullable = false, length = 40)
    private String stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status;

    @Column(length = 60)
    private String outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(String reference, String procedure, LocalDate receivedOn, Channel channel, Complainant complainant,
                     String serviceArea, String summary, String outcomeSought, LocalDate eventDate,
                     boolean aboutStaffBehaviour, Subject subject,
                     java.util.Collection<ConcurrentProceeding> concurrentProceedings, Instant createdAt) {
        this.reference = reference;
        this.procedure = procedure;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.complainant = complainant;
        this.serviceArea = serviceArea;
        this.summary = summary;
        this.outcomeSought = outcomeSought;
        this.eventDate = eventDate;
        this.aboutStaffBehaviour = aboutStaffBehaviour;
        this.subject = subject == null ? Subject.SERVICE : subject;
        this.concurrentProceedings = concurrentProceedings == null ? "" : concurrentProceedings.stream()
                .map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
        this.createdAt = createdAt;
        this.stage = "received";
        this.status = ComplaintStatus.OPEN;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void moveToStage(String stage) {
        this.stage = stage;
    }

    public void suspend() {
        this.status = ComplaintStatus.SUSPENDED;
    }

    public void resume() {
        this.status = ComplaintStatus.OPEN;
    }

    /** A closed complaint taken up again under a new process instance (e.g. a misunderstood withdrawal). */
    public void reopen(String processInstanceId) {
        this.status = ComplaintStatus.OPEN;
        this.outcome = null;
        this.closedAt = null;
        this.processInstanceId = processInstanceId;
    }

    public void close(String outcome, Instant at) {
        this.status = ComplaintStatus.CLOSED;
        this.outcome = outcome;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Channel getChannel() {
        return channel;
    }

    public Complainant getComplainant() {
        return complainant;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public String getSummary() {
        return summary;
    }

    public String getOutcomeSought() {
        return outcomeSought;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public boolean isAboutStaffBehaviour() {
        return aboutStaffBehaviour;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getConcurrentProceedings() {
        return concurrentProceedings;
    }

    public String getStage() {
        return stage;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
