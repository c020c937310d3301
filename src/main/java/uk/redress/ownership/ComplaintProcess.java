package uk.redress.ownership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A process instance Redress started for a complaint: the root of a process tree that may act on it. */
@Entity
@Table(name = "complaint_process")
class ComplaintProcess extends uk.redress.persistence.AssignedIdEntity {

    @Id
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(name = "definition_key", nullable = false, length = 255)
    private String definitionKey;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected ComplaintProcess() {
    }

    ComplaintProcess(String processInstanceId, String complaintReference, String definitionKey, Instant startedAt) {
        this.processInstanceId = processInstanceId;
        this.complaintReference = complaintReference;
        this.definitionKey = definitionKey;
        this.startedAt = startedAt;
        madeHere();
    }

    @Override
    public String getId() {
        return processInstanceId;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getComplaintReference() {
        return complaintReference;
    }
}
