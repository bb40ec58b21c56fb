package io.thesiswatch.alert.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.SubscriptionRequest;
import io.thesiswatch.alert.api.SubscriptionResponse;
import io.thesiswatch.alert.client.CompanyServiceClient;
import io.thesiswatch.alert.client.ThesisServiceClient;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.Subscription;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.SubscriberRepository;
import io.thesiswatch.alert.repository.SubscriptionRepository;
import io.thesiswatch.alert.security.SubscriberAccess;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.identity.NeighbourUnavailable;

/** What a subscriber follows. The thesis or company is checked with its owner before anything is stored. */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriberRepository subscribers;
    private final SubscriptionRepository subscriptions;
    private final ThesisServiceClient theses;
    private final CompanyServiceClient companies;
    private final SubscriberAccess access;

    public SubscriptionService(SubscriberRepository subscribers, SubscriptionRepository subscriptions,
            ThesisServiceClient theses, CompanyServiceClient companies, SubscriberAccess access) {
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.theses = theses;
        this.companies = companies;
        this.access = access;
    }

    public SubscriptionResponse add(UUID subscriberId, SubscriptionRequest request) {
        QuarkusTransaction.requiringNew().run(() -> subscriber(subscriberId));
        if (request.thesisId() != null) {
            if (!askOwner("thesis-service", () -> theses.thesis(request.thesisId()).isPresent())) {
                throw InvalidInputException.of("thesisId", "unknown thesis '" + request.thesisId() + "'");
            }
        } else if (!askOwner("company-service", () -> companies.subjectExists(request.company()))) {
            throw InvalidInputException.of("company", "unknown company '" + request.company() + "'");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscriber subscriber = subscriber(subscriberId);
            boolean duplicate = subscriptions.ofSubscriber(subscriberId).stream().anyMatch(s ->
                    (request.thesisId() != null && request.thesisId().equals(s.thesisId))
                            || (request.company() != null && request.company().equals(s.company)));
            if (duplicate) {
                throw new ConflictException("The subscriber already follows this "
                        + (request.thesisId() != null ? "thesis" : "company"));
            }
            Subscription subscription = new Subscription();
            subscription.id = UUID.randomUUID();
            subscription.subscriber = subscriber;
            subscription.thesisId = request.thesisId();
            subscription.company = request.company();
            subscription.createdAt = Instant.now();
            subscriptions.persist(subscription);
            return AlertMapper.toResponse(subscription);
        });
    }

    @Transactional
    public List<SubscriptionResponse> list(UUID subscriberId) {
        subscriber(subscriberId);
        return subscriptions.ofSubscriber(subscriberId).stream().map(AlertMapper::toResponse).toList();
    }

    /** One of the subscriber's subscriptions; 404 when it is not theirs. */
    @Transactional
    public SubscriptionResponse find(UUID subscriberId, UUID subscriptionId) {
        return AlertMapper.toResponse(subscription(subscriberId, subscriptionId));
    }

    @Transactional
    public void remove(UUID subscriberId, UUID subscriptionId) {
        subscriptions.delete(subscription(subscriberId, subscriptionId));
    }

    /** Asks the service that owns a thesis or company whether it exists; 503 when it cannot answer. */
    private static boolean askOwner(String service, BooleanSupplier question) {
        try {
            return question.getAsBoolean();
        } catch (RuntimeException e) {
            throw NeighbourUnavailable.of(service, e);
        }
    }

    private Subscriber subscriber(UUID id) {
        return access.require(subscribers.findById(id), id);
    }

    private Subscription subscription(UUID subscriberId, UUID subscriptionId) {
        subscriber(subscriberId);
        return subscriptions.findByIdOptional(subscriptionId)
                .filter(s -> s.subscriber.id.equals(subscriberId))
                .orElseThrow(() -> ResourceNotFoundException.of("Subscription", subscriptionId));
    }
}
