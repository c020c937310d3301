package uk.redress.deadline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.redress.persistence.WrittenAt;

/**
 * One clock on a complaint, e.g. its stage 1 response due by 2027-01-26. Opened, paused, resumed, extended and
 * closed by the procedure's diagram through {@link Deadlines}; {@code breached} records that it ran out.
 */
@Entity
@Table(name = "deadline", indexes = @Index(name = "ix_deadline_reference", columnList = "complaint_reference, name, state"))
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_seq")
    @SequenceGenerator(name = "deadline_seq", sequenceName = "deadline_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    /** Day 0 the working days are counted from (receipt, referral, escalation request...). */
    @Column(name = "day_zero", nullable = false)
    private LocalDate dayZero;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeadlineState state;

    @Column(name = "paused_on")
    private LocalDate pausedOn;

    @Column(name = "paused_working_days", nullable = false)
    private int pausedWorkingDays;

    @Column(nullable = false)
    private boolean breached;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** When the row was written: "the latest clock of a name" is the last written, which ids do not tell. */
    @Embedded
    private WrittenAt written = WrittenAt.now();

    @Version
    private long version;

    protected Deadline() {
    }

    Deadline(String complaintReference, String processInstanceId, String name, LocalDate openedOn, LocalDate dayZero,
             LocalDate dueOn) {
        this.complaintReference = complaintReference;
        this.processInstanceId = processInstanceId;
        this.name = name;
        this.openedOn = openedOn;
        this.dayZero = dayZero;
        this.dueOn = dueOn;
        this.state = DeadlineState.OPEN;
    }

    void pause(LocalDate on) {
        if (state == DeadlineState.OPEN) {
            state = DeadlineState.PAUSED;
            pausedOn = on;
        }
    }

    void resume(LocalDate newDueOn, int pausedDays) {
        if (state == DeadlineState.PAUSED) {
            state = DeadlineState.OPEN;
            dueOn = newDueOn;
            pausedWorkingDays += pausedDays;
            pausedOn = null;
        }
    }

    void extendTo(LocalDate newDueOn) {
        dueOn = newDueOn;
    }

    /** A closed clock running again (a withdrawn complaint re-opened), due on a fresh date. */
    void reopen(LocalDate newDueOn) {
        state = DeadlineState.OPEN;
        dueOn = newDueOn;
        closedOn = null;
    }

    void breach() {
        breached = true;
    }

    void close(LocalDate on) {
        state = DeadlineState.CLOSED;
        closedOn = on;
    }

    /**
     * Its number from the database sequence. Each node takes numbers in blocks, so on two nodes a later clock may
     * have the lower number: it orders only clocks written at the same moment ({@link #WRITTEN}).
     */
    Long getId() {
        return id;
    }

    /** Puts this new clock after {@code latest}, the complaint's clock written last, whatever the nodes' clocks say. */
    void writtenAfter(Deadline latest) {
        written = written.after(latest.written);
    }

    /** The order clocks were written in: when, then (for rows of the same moment, or from before V20) by id. */
    static final java.util.Comparator<Deadline> WRITTEN = java.util.Comparator.comparing((Deadline d) -> d.written)
            .thenComparing(Deadline::getId);

    public String getComplaintReference() {
        return complaintReference;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getDayZero() {
        return dayZero;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public DeadlineState getState() {
        return state;
    }

    public LocalDate getPausedOn() {
        return pausedOn;
    }

    public int getPausedWorkingDays() {
        return pausedWorkingDays;
    }

    public boolean isBreached() {
        return breached;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
