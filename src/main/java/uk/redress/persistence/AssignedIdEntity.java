package uk.redress.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id Redress assigns itself (a UUID, an engine id). Spring Data cannot tell such a new row from a
 * stored one and would merge it, looking for its row first; one made here is saved with a single insert instead.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<String> {

    @Transient
    private boolean fresh;

    /** For the constructor that makes a new row (not the one the persistence provider uses to read one). */
    protected final void madeHere() {
        fresh = true;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }
}
