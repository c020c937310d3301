package uk.redress.ownership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A process instance Redress started for a complaint: the root of a process tree that may act on it. */
@Entity
@Table(name = "complaint_process")
class ComplaintProcess implements org.springframework.data.domain.Persistable<String> {

    @Id
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "complaint_reference", nullable = false, length = 40)
    private String complaintReference;

    @Column(name = "definition_key", nullable = false, length = 255)
    private String definitionKey;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    /** Made here, not read: saved with one insert, without first looking for it. */
    @jakarta.persistence.Transient
    private boolean fresh;

    protected ComplaintProcess() {
    }

    ComplaintProcess(String processInstanceId, String complaintReference, String definitionKey, Instant startedAt) {
        this.processInstanceId = processInstanceId;
        this.complaintReference = complaintReference;
        this.definitionKey = definitionKey;
        this.startedAt = startedAt;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return processInstanceId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostLoad
    void stored() {
        fresh = false;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getComplaintReference() {
        return complaintReference;
    }
}
