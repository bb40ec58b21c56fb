package io.thesiswatch.alert.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.alert.domain.Subscription;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> ofSubscriber(UUID subscriberId) {
        return list("subscriber.id = ?1 order by createdAt, id", subscriberId);
    }

    /** Active subscribers' subscriptions to any of these theses or companies, with the subscriber: one query. */
    public List<Subscription> activeFor(Collection<UUID> thesisIds, Collection<String> companies) {
        return getEntityManager().createQuery("""
                        select s from Subscription s join fetch s.subscriber sub
                        where sub.status = io.thesiswatch.alert.domain.SubscriberStatus.ACTIVE
                          and (s.thesisId in :theses or s.company in :companies)
                        """, Subscription.class)
                .setParameter("theses", thesisIds.isEmpty() ? List.of(new UUID(0, 0)) : thesisIds)
                .setParameter("companies", companies.isEmpty() ? List.of("") : companies)
                .getResultList();
    }
}
