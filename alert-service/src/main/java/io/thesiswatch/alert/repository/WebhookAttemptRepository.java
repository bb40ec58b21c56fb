package io.thesiswatch.alert.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.WebhookAttempt;

/** The attempts of webhook deliveries. */
@ApplicationScoped
public class WebhookAttemptRepository implements PanacheRepository<WebhookAttempt> {

    /** The attempts of these deliveries, oldest first within each, in one query. */
    public Map<Long, List<WebhookAttempt>> byDelivery(Collection<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return list("deliveryId in ?1", Sort.by("id"), deliveryIds).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
    }
}
