package io.thesiswatch.alert.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.alert.domain.Subscriber;

@ApplicationScoped
public class SubscriberRepository implements PanacheRepositoryBase<Subscriber, UUID> {

    public Optional<Subscriber> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }

    /** These subscribers by id, in one query. */
    public Map<UUID, Subscriber> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    /** Records the local date of the digest just sent to this subscriber. */
    public void digestSent(UUID subscriberId, LocalDate localDate) {
        update("lastDigestOn = ?1 where id = ?2", localDate, subscriberId);
    }
}
