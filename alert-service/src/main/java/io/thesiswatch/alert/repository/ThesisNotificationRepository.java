package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.alert.domain.ThesisNotification;

/** The thesis notification outbox (table {@code thesis_notification}), claimed by workers with a lease. */
@ApplicationScoped
public class ThesisNotificationRepository implements PanacheRepositoryBase<ThesisNotification, UUID> {

    /** Claims due rows with this lease, skipping rows another worker is claiming at this moment. */
    public List<ThesisNotification> claimDue(Instant now, int limit, UUID leaseToken, Instant leaseEnd) {
        return OutboxTable.THESIS_NOTIFICATION.claimDue(getEntityManager(), ThesisNotification.class, now, limit,
                leaseToken, leaseEnd);
    }

    /** Records how the attempt of a claimed row went; false when its lease has passed to another worker. */
    public boolean settle(ThesisNotification attempted) {
        return OutboxTable.THESIS_NOTIFICATION.settle(getEntityManager(), attempted.eventId, attempted);
    }

    /** Gives back claimed rows that were not attempted, due again now. */
    public int release(List<ThesisNotification> claimed, UUID leaseToken, Instant now) {
        return OutboxTable.THESIS_NOTIFICATION.release(getEntityManager(),
                claimed.stream().map(row -> row.eventId).toList(), leaseToken, now);
    }
}
