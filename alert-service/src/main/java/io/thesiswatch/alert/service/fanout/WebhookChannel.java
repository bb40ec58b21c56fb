package io.thesiswatch.alert.service.fanout;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.domain.Webhook;
import io.thesiswatch.alert.repository.WebhookRepository;
import io.thesiswatch.alert.service.outbox.WebhookOutbox;

/**
 * A signed HTTP callback to each enabled webhook that wants an event: a subscriber's for what they follow, an
 * integration's for any event, through the webhook's filters; none while the trigger is snoozed. The endpoints
 * are read once per batch.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    private final WebhookRepository webhooks;
    private final WebhookOutbox outbox;

    public WebhookChannel(WebhookRepository webhooks, WebhookOutbox outbox) {
        this.webhooks = webhooks;
        this.outbox = outbox;
    }

    @Override
    public void enqueue(List<FollowedEvent> events) {
        List<Webhook> enabled = webhooks.enabled();
        if (enabled.isEmpty()) {
            return;
        }
        for (FollowedEvent followed : events) {
            if (followed.snoozed()) {
                continue;
            }
            for (Webhook webhook : enabled) {
                boolean ownerFollows = webhook.subscriberId != null && followed.followers().stream()
                        .anyMatch(follower -> follower.subscriber().id.equals(webhook.subscriberId));
                if (webhook.wants(followed.event(), followed.thesisCompanies(), ownerFollows)) {
                    outbox.enqueueEvent(webhook, followed.event());
                }
            }
        }
    }
}
