package uk.redress.complaint;

import java.util.Optional;

/**
 * A complaint by its reference, its natural key ({@link ComplaintsByReferenceImpl}): within one transaction the
 * complaint is read from the database once however many steps, listeners and letters ask for it (an intake asked
 * five times).
 */
public interface ComplaintsByReference {

    Optional<Complaint> findByReference(String reference);
}
