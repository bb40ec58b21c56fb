package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.alert.domain.ThesisNotification;

@ApplicationScoped
public class ThesisNotificationRepository implements PanacheRepositoryBase<ThesisNotification, UUID> {

    @SuppressWarnings("unchecked")
    public List<ThesisNotification> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM thesis_notification
                        WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at
                        LIMIT ?2
                        FOR UPDATE SKIP LOCKED
                        """, ThesisNotification.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }
}
