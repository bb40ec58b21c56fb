package io.thesiswatch.alert.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.WebhookDelivery;

/** The webhook outbox (table {@code webhook_delivery}), claimed by workers with a lease as the email outbox is. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepository<WebhookDelivery> {

    /** Claims due rows with this lease, skipping rows another worker is claiming at this moment. */
    public List<WebhookDelivery> claimDue(Instant now, int limit, UUID leaseToken, Instant leaseEnd) {
        return OutboxTable.WEBHOOK_DELIVERY.claimDue(getEntityManager(), WebhookDelivery.class, now, limit,
                leaseToken, leaseEnd);
    }

    /** Records how the attempt of a claimed row went; false when its lease has passed to another worker. */
    public boolean settle(WebhookDelivery attempted) {
        return OutboxTable.WEBHOOK_DELIVERY.settle(getEntityManager(), attempted.id, attempted);
    }

    /** Gives back claimed rows that were not attempted, due again now. */
    public int release(List<WebhookDelivery> claimed, UUID leaseToken, Instant now) {
        return OutboxTable.WEBHOOK_DELIVERY.release(getEntityManager(), claimed.stream().map(row -> row.id).toList(),
                leaseToken, now);
    }

    /** An endpoint's deliveries, newest first. */
    public PanacheQuery<WebhookDelivery> newestFirst(UUID webhookId) {
        return find("webhookId", Sort.by("id", Sort.Direction.Descending), webhookId);
    }

    /** Fails the endpoint's rows still waiting: it was disabled, and they stay there to be redelivered. */
    public int failPending(UUID webhookId, String reason) {
        return update("status = ?1, lastError = ?2, leaseToken = null where webhookId = ?3 and status = ?4",
                DeliveryStatus.FAILED, reason, webhookId, DeliveryStatus.PENDING);
    }
}
