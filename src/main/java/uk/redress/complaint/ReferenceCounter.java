package uk.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last reference number issued for one council prefix in one year, e.g. HDC-2026. */
@Entity
@Table(name = "reference_counter")
public class ReferenceCounter {

    @Id
    @Column(length = 40)
    private String series;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ReferenceCounter() {
    }

    ReferenceCounter(String series) {
        this.series = series;
    }

    long next() {
        return ++lastNumber;
    }
}
