package io.thesiswatch.alert.service.me;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.thesiswatch.alert.api.SentAlertPage;
import io.thesiswatch.alert.api.SentAlertResponse;
import io.thesiswatch.alert.api.SubscriberResponse;
import io.thesiswatch.alert.api.SubscriptionResponse;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailDelivery;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.alert.domain.Subscription;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;
import io.thesiswatch.alert.repository.SubscriberRepository;
import io.thesiswatch.alert.repository.SubscriptionRepository;
import io.thesiswatch.alert.security.SubscriberAccess;
import io.thesiswatch.alert.service.SubscriberService;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;

/** A subscriber's own record, found by the address of their token: settings, subscriptions, alerts, erasure. */
@ApplicationScoped
public class MeService {

    private final SubscriberRepository subscribers;
    private final SubscriptionRepository subscriptions;
    private final EmailDeliveryRepository deliveries;
    private final AlertEventRepository events;
    private final SubscriberService subscriberService;
    private final SubscriberAccess access;
    private final ObjectMapper json;

    public MeService(SubscriberRepository subscribers, SubscriptionRepository subscriptions,
            EmailDeliveryRepository deliveries, AlertEventRepository events, SubscriberService subscriberService,
            SubscriberAccess access, ObjectMapper json) {
        this.subscribers = subscribers;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
        this.subscriberService = subscriberService;
        this.access = access;
        this.json = json;
    }

    @Transactional
    public SubscriberResponse me() {
        return AlertMapper.toResponse(mine());
    }

    /** Applies a merge patch of settings: every member or none. */
    @Transactional
    public SubscriberResponse patch(String body) {
        Subscriber me = mine();
        SubscriberSettings.patch(me, MergePatch.parse(body, json, SubscriberSettings.OF_SUBSCRIBER));
        return AlertMapper.toResponse(me);
    }

    @Transactional
    public List<SubscriptionResponse> subscriptions() {
        return subscriptions.ofSubscriber(mine().id).stream().map(AlertMapper::toResponse).toList();
    }

    /** Applies a merge patch to one of the caller's subscriptions; another's is 404. */
    @Transactional
    public SubscriptionResponse patchSubscription(UUID subscriptionId, String body) {
        UUID me = mine().id;
        Subscription subscription = subscriptions.findByIdOptional(subscriptionId)
                .filter(s -> s.subscriber.id.equals(me))
                .orElseThrow(() -> ResourceNotFoundException.of("Subscription", subscriptionId));
        SubscriberSettings.patch(subscription, MergePatch.parse(body, json, SubscriberSettings.OF_SUBSCRIPTION));
        return AlertMapper.toResponse(subscription);
    }

    /**
     * The alerts sent to the caller (or, asked for, held back from them), newest first: {@code size} after the
     * cursor, which is the {@code next} of the page before (opaque to clients). Two queries a page.
     */
    @Transactional
    public SentAlertPage alerts(String cursor, int size, DeliveryStatus status) {
        if (status != DeliveryStatus.SENT && status != DeliveryStatus.SUPPRESSED) {
            throw InvalidInputException.of("status", "must be SENT or SUPPRESSED");
        }
        Long before = cursor == null ? null : cursorValue(cursor);
        List<EmailDelivery> rows = deliveries.alertsOf(mine().id, status, before, size + 1);
        List<EmailDelivery> page = rows.subList(0, Math.min(size, rows.size()));
        Map<UUID, AlertEvent> happened = events.byIds(page.stream().map(d -> d.eventId).distinct().toList());
        List<SentAlertResponse> items = page.stream().map(d -> new SentAlertResponse(d.id, d.kind, d.status,
                d.inDigest, d.sentAt, AlertMapper.toResponse(happened.get(d.eventId)))).toList();
        String next = rows.size() > size ? Long.toString(page.get(page.size() - 1).id) : null;
        return new SentAlertPage(items, next);
    }

    /** Erases the caller's data (see {@link SubscriberService#erase}). */
    @Transactional
    public void erase() {
        subscriberService.erase(mine().id);
    }

    private Subscriber mine() {
        return subscribers.findByEmail(access.myAddress())
                .filter(s -> s.status != SubscriberStatus.ERASED)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "No subscriber has the address of your token; sign up first"));
    }

    private static long cursorValue(String cursor) {
        try {
            long value = Long.parseLong(cursor);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidInputException.of("cursor", "is not a cursor this API gave (pass the next of a page)");
    }
}
