package uk.redress.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When a row of a complaint's series (its clocks, its stages) was written: the order of the series, which ids are
 * not, because each node takes ids from the sequences in blocks of 50. A new row is put after the series' latest even
 * when the node that wrote that one had its clock ahead of this node's (or this node's clock stepped back). Rows from
 * before this column came (Flyway V20) all hold the earliest time there is and keep their id order.
 */
@Embeddable
public class WrittenAt implements Comparable<WrittenAt> {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant at;

    protected WrittenAt() {
    }

    private WrittenAt(Instant at) {
        this.at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Now, by this node's clock (not the engine's, which tests move). */
    public static WrittenAt now() {
        return new WrittenAt(Instant.now());
    }

    public static WrittenAt of(Instant at) {
        return new WrittenAt(at);
    }

    /** This moment, or a microsecond after {@code latest} if this is not later than it. */
    public WrittenAt after(WrittenAt latest) {
        return at.isAfter(latest.at) ? this : new WrittenAt(latest.at.plus(1, ChronoUnit.MICROS));
    }

    @Override
    public int compareTo(WrittenAt other) {
        return at.compareTo(other.at);
    }
}
