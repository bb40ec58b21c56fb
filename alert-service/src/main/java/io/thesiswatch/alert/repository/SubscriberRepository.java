package io.thesiswatch.alert.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.alert.domain.Subscriber;

@ApplicationScoped
public class SubscriberRepository implements PanacheRepositoryBase<Subscriber, UUID> {

    public Optional<Subscriber> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }
}
