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
import io.thesiswatch.alert.repository.SubscriptionRepository;
import io.thesiswatch.alert.repository.WebhookRepository;
import io.thesiswatch.alert.security.SubscriberAccess;
import io.thesiswatch.alert.service.outbox.EmailOutbox;
import io.thesiswatch.alert.token.LinkTokens;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.contract.Severity;

/** Sign-up with double opt-in, confirmation, unsubscription and erasure. */
@ApplicationScoped
public class SubscriberService {

    private final SubscriberRepository subscribers;
    private final SubscriptionRepository subscriptions;
    private final WebhookRepository webhooks;
    private final EmailDeliveryRepository deliveries;
    private final EmailOutbox outbox;
    private final LinkTokens tokens;
    private final SubscriberAccess access;
    private final AlertConfig config;

    public SubscriberService(SubscriberRepository subscribers, SubscriptionRepository subscriptions,
            WebhookRepository webhooks, EmailDeliveryRepository deliveries, EmailOutbox outbox, LinkTokens tokens,
            SubscriberAccess access, AlertConfig config) {
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.tokens = tokens;
        this.access = access;
        this.config = config;
    }

    /**
     * Signs up an address, answering alike whether it is new or known, so that the API never tells who is
     * subscribed. A new address (or one that unsubscribed) is PENDING and gets the confirmation email; one that is
     * pending gets the confirmation again; one that is active gets an email saying so, and nothing changes. Each
     * address gets at most {@code alert.signup.max-per-address-per-day} of these emails a day; beyond that the
     * sign-up is answered alike and sends nothing.
     */
    @Transactional
    public void signUp(SubscriberRequest request) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        Subscriber subscriber = subscribers.findByEmail(email).orElse(null);
        if (subscriber != null && deliveries.signUpEmailsSince(subscriber.id, Instant.now().minus(Duration.ofDays(1)))
                >= config.signup().maxPerAddressPerDay()) {
            return;
        }
        if (subscriber != null && subscriber.status == SubscriberStatus.ACTIVE) {
            outbox.enqueueKnownAddress(subscriber.id);
            return;
        }
        if (subscriber != null && subscriber.status == SubscriberStatus.PENDING) {
            outbox.enqueueConfirmation(subscriber.id);
            return;
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
                .filter(subscriber -> subscriber.status == SubscriberStatus.PENDING
                        || subscriber.status == SubscriberStatus.ACTIVE)
                .map(subscriber -> new ConfirmLink(subscriber.status, subscriber.email, subscriber.locale));
    }

    @Transactional
    public SubscriberResponse confirm(String token) {
        Subscriber subscriber = tokens.verify(token, LinkTokens.Purpose.CONFIRM)
                .flatMap(subscribers::findByIdOptional)
                .orElseThrow(() -> InvalidInputException.of("token",
                        "is not a valid confirmation link, or it has expired"));
        if (subscriber.status == SubscriberStatus.UNSUBSCRIBED || subscriber.status == SubscriberStatus.ERASED) {
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
                .filter(found -> found.status != SubscriberStatus.ERASED)
                .orElseThrow(() -> InvalidInputException.of("token", "is not a valid unsubscribe link"));
        if (subscriber.status == SubscriberStatus.PENDING || subscriber.status == SubscriberStatus.ACTIVE) {
            subscriber.status = SubscriberStatus.UNSUBSCRIBED;
            subscriber.unsubscribedAt = Instant.now();
            deliveries.dropPending(subscriber.id);
        }
        return AlertMapper.toResponse(subscriber);
    }

    /**
     * Erases a subscriber (themselves or an admin): in one transaction their address and name go, with their
     * settings, subscriptions and webhooks; emails not sent yet are dropped and the errors of past attempts (which
     * may quote the address) cleared. What stays is an anonymous row (id, status ERASED, dates) that keeps the
     * counts of what was sent true.
     */
    @Transactional
    public void erase(UUID id) {
        Subscriber subscriber = access.require(subscribers.findById(id), id);
        deliveries.forget(subscriber.id);
        subscriptions.delete("subscriber.id", subscriber.id);
        webhooks.delete("subscriberId", subscriber.id);
        subscriber.email = null;
        subscriber.name = null;
        subscriber.timeZone = null;
        subscriber.quietStart = null;
        subscriber.quietEnd = null;
        subscriber.dailyCap = null;
        subscriber.status = SubscriberStatus.ERASED;
        subscriber.unsubscribedAt = Instant.now();
    }
}
