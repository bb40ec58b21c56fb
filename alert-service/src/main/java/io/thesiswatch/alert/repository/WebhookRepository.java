package io.thesiswatch.alert.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.Webhook;

/** Webhook endpoints. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    /** Every enabled endpoint: the fan-out reads them once per batch of events. */
    public List<Webhook> enabled() {
        return list("enabled", true);
    }

    /** The endpoints this address owns, oldest first. */
    public List<Webhook> ownedBy(String ownerEmail) {
        return list("ownerEmail", Sort.by("createdAt").and("id"), ownerEmail);
    }

    /** Every endpoint, oldest first (an admin's view). */
    public List<Webhook> everyOne() {
        return listAll(Sort.by("createdAt").and("id"));
    }

    public Map<UUID, Webhook> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(w -> w.id, Function.identity()));
    }
}
