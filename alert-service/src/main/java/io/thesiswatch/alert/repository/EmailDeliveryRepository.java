package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.thesiswatch.alert.domain.Delivery;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /**
     * Due rows for immediate sending, locked for this transaction; rows another replica holds are skipped,
     * so that each row is sent by one worker.
     */
    @SuppressWarnings("unchecked")
    public List<Delivery> lockDueImmediate(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1
                          AND (d.kind = 'CONFIRMATION' OR s.delivery = 'IMMEDIATE')
                        ORDER BY d.next_attempt_at, d.id
                        LIMIT ?2
                        FOR UPDATE OF d SKIP LOCKED
                        """, Delivery.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** Pending alert rows of DAILY subscribers, locked, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Delivery> lockPendingDigest(Instant now) {
        return getEntityManager().createNativeQuery("""
                        SELECT d.* FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.kind = 'ALERT' AND s.delivery = 'DAILY'
                          AND d.next_attempt_at <= ?1
                        ORDER BY d.subscriber_id, d.id
                        FOR UPDATE OF d SKIP LOCKED
                        """, Delivery.class)
                .setParameter(1, now)
                .getResultList();
    }
}
