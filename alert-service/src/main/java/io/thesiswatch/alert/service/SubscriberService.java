package io.thesiswatch.alert.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.api.SubscriberRequest;
import io.thesiswatch.alert.api.SubscriberResponse;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.DeliveryMode;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;
import io.thesiswatch.alert.repository.SubscriberRepository;
import io.thesiswatch.alert.security.SubscriberAccess;
import io.thesiswatch.alert.service.outbox.EmailOutbox;
import io.thesiswatch.alert.token.LinkTokens;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.TooManyRequestsException;
import io.thesiswatch.contract.Severity;

/** Sign-up with double opt-in, confirmation and unsubscription. */
@ApplicationScoped
public class SubscriberService {

    private final SubscriberRepository subscribers;
    private final EmailDeliveryRepository deliveries;
    private final EmailOutbox outbox;
    private final LinkTokens tokens;
    private final SubscriberAccess access;
    private final AlertConfig config;

    public SubscriberService(SubscriberRepository subscribers, EmailDeliveryRepository deliveries, EmailOutbox outbox,
            LinkTokens tokens, SubscriberAccess access, AlertConfig config) {
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.tokens = tokens;
        this.access = access;
        this.config = config;
    }

    /**
     * Signs up an address as PENDING and queues the confirmation email. An address that unsubscribed may
     * sign up again; one that is pending or active answers 409.
     */
    @Transactional
    public SubscriberResponse signUp(SubscriberRequest request) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        Subscriber subscriber = subscribers.findByEmail(email).orElse(null);
        if (subscriber != null && subscriber.status != SubscriberStatus.UNSUBSCRIBED) {
            throw new ConflictException("The address " + email + " has already signed up");
        }
        if (subscriber != null && deliveries.confirmationsSince(subscriber.id, Instant.now().minus(Duration.ofDays(1)))
                >= config.signup().maxPerAddressPerDay()) {
            throw new TooManyRequestsException("This address was sent enough confirmation emails today; try tomorrow",
                    Duration.ofDays(1));
        }
        boolean isNew = subscriber == null;
        if (isNew) {
            subscriber = new Subscriber();
            subscriber.id = UUID.randomUUID();
            subscriber.email = email;
        }
        subscriber.name = request.name() == null || request.name().isBlank() ? null : request.name().trim();
        subscriber.delivery = request.delivery() == null ? DeliveryMode.IMMEDIATE : request.delivery();
        subscriber.minSeverity = request.minSeverity() == null ? Severity.WARNING : request.minSeverity();
        subscriber.notifyResolved = request.notifyResolved() == null || request.notifyResolved();
        subscriber.locale = request.locale() == null ? EmailLocale.EN : request.locale();
        subscriber.status = SubscriberStatus.PENDING;
        subscriber.createdAt = Instant.now();
        subscriber.confirmedAt = null;
        subscriber.unsubscribedAt = null;
        if (isNew) {
            subscribers.persist(subscriber);
        }
        subscribers.flush();
        outbox.enqueueConfirmation(subscriber.id);
        return AlertMapper.toResponse(subscriber);
    }

    /** The subscriber, to themselves or an admin; to anyone else 404. */
    @Transactional
    public SubscriberResponse find(UUID id) {
        return AlertMapper.toResponse(access.require(subscribers.findById(id), id));
    }

    /** The subscriber with this address, if any (an admin's look-up: a support request names an address). */
    @Transactional
    public List<SubscriberResponse> withEmail(String email) {
        return subscribers.findByEmail(email.trim().toLowerCase(Locale.ROOT)).map(AlertMapper::toResponse).stream()
                .toList();
    }

    /** Whom a confirmation link names, as they are now; nothing changes. */
    public record ConfirmLink(SubscriberStatus status, String email, EmailLocale locale) {
    }

    /** The subscriber of a confirmation link; empty when the link is not valid, has expired or was cancelled. */
    @Transactional
    public Optional<ConfirmLink> confirmLink(String token) {
        return tokens.verify(token, LinkTokens.Purpose.CONFIRM)
                .flatMap(subscribers::findByIdOptional)
                .filter(subscriber -> subscriber.status != SubscriberStatus.UNSUBSCRIBED)
                .map(subscriber -> new ConfirmLink(subscriber.status, subscriber.email, subscriber.locale));
    }

    @Transactional
    public SubscriberResponse confirm(String token) {
        Subscriber subscriber = tokens.verify(token, LinkTokens.Purpose.CONFIRM)
                .flatMap(subscribers::findByIdOptional)
                .orElseThrow(() -> InvalidInputException.of("token",
                        "is not a valid confirmation link, or it has expired"));
        if (subscriber.status == SubscriberStatus.UNSUBSCRIBED) {
            throw InvalidInputException.of("token", "belongs to a subscription that was cancelled; sign up again");
        }
        if (subscriber.status == SubscriberStatus.PENDING) {
            subscriber.status = SubscriberStatus.ACTIVE;
            subscriber.confirmedAt = Instant.now();
        }
        return AlertMapper.toResponse(subscriber);
    }

    /** Unsubscribes the token's subscriber; alert emails not yet sent to them are dropped. */
    @Transactional
    public SubscriberResponse unsubscribe(String token) {
        Subscriber subscriber = tokens.verify(token, LinkTokens.Purpose.UNSUBSCRIBE)
                .flatMap(subscribers::findByIdOptional)
                .orElseThrow(() -> InvalidInputException.of("token", "is not a valid unsubscribe link"));
        if (subscriber.status != SubscriberStatus.UNSUBSCRIBED) {
            subscriber.status = SubscriberStatus.UNSUBSCRIBED;
            subscriber.unsubscribedAt = Instant.now();
            deliveries.dropPending(subscriber.id);
        }
        return AlertMapper.toResponse(subscriber);
    }
}
