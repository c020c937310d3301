package uk.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The last reference number issued for one council prefix in one year, e.g. HDC-2026. A new counter is always
 * inserted (never merged), so two nodes creating the same series at once collide on the key instead of one
 * resetting the other's count.
 */
@Entity
@Table(name = "reference_counter")
public class ReferenceCounter implements Persistable<String> {

    @Id
    @Column(length = 40)
    private String series;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    @Transient
    private boolean fresh;

    protected ReferenceCounter() {
    }

    ReferenceCounter(String series) {
        this.series = series;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return series;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
