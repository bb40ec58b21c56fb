package io.thesiswatch.alert.service.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.thesiswatch.alert.api.WebhookPayload;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.mapping.AlertMapper;

/** Writes the body of a webhook message, once, when its outbox row is written. */
@ApplicationScoped
public class WebhookPayloads {

    public static final String FIRED = "alert.fired";
    public static final String RESOLVED = "alert.resolved";
    public static final String TEST = "webhook.test";

    private final ObjectMapper json;
    private final String baseUrl;

    public WebhookPayloads(ObjectMapper json, AlertConfig config) {
        this.json = json;
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    public static String typeOf(AlertEvent event) {
        return event.kind == EventKind.FIRED ? FIRED : RESOLVED;
    }

    public String event(UUID webhookId, AlertEvent event) {
        WebhookPayload.Condition condition = new WebhookPayload.Condition(event.subject, event.metric,
                event.metricName, event.expression, event.transform, event.window, event.operator, event.threshold,
                event.clearThreshold, event.unit);
        return write(new WebhookPayload(typeOf(event), event.occurredAt, WebhookPayload.VERSION,
                new WebhookPayload.Data(AlertMapper.toResponse(event), condition, links(webhookId, event.thesisId),
                        null)));
    }

    public String test(UUID webhookId, Instant now) {
        return write(new WebhookPayload(TEST, now, WebhookPayload.VERSION, new WebhookPayload.Data(null, null,
                links(webhookId, null), "A test message from Thesis Watch: this endpoint receives and verifies "
                        + "webhooks.")));
    }

    private WebhookPayload.Links links(UUID webhookId, UUID thesisId) {
        String thesisQuery = thesisId == null ? "" : "?thesisId=" + thesisId;
        return new WebhookPayload.Links(baseUrl + "/api/v1/alerts" + thesisQuery,
                baseUrl + "/api/v1/trigger-states" + thesisQuery,
                baseUrl + "/api/v1/webhooks/" + webhookId + "/deliveries");
    }

    private String write(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook payload could not be written", e);
        }
    }
}
