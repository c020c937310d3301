package uk.redress.complaint;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Spring Data's fragment for {@link ComplaintsByReference}: Hibernate's natural-id lookup. */
class ComplaintsByReferenceImpl implements ComplaintsByReference {

    private final EntityManager entityManager;

    ComplaintsByReferenceImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Complaint> findByReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // no unit of work to remember it in (and the shared session would be closed before it was used)
            return entityManager.createQuery("select c from Complaint c where c.reference = :reference",
                    Complaint.class).setParameter("reference", reference).getResultList().stream().findFirst();
        }
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Complaint.class).loadOptional(reference);
    }
}
