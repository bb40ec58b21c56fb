package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.alert.domain.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message to a webhook, with every attempt. */
@Schema(name = "WebhookDelivery", description = "One message to a webhook (an alert or a test), with its attempts")
public record WebhookDeliveryResponse(
        @Schema(required = true, example = "12") long id,
        @Schema(required = true, description = "The webhook-id header, the same on every attempt",
                example = "msg_6f1c0a9e2b7d4c58a3e19f07b2d4c6a1") String messageId,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The alert it carries; null for a test") UUID eventId,
        @Schema(required = true, enumeration = {"alert.fired", "alert.resolved", "webhook.test"}) String type,
        @Schema(required = true) DeliveryStatus status,
        @Schema(required = true, description = "Attempts made", example = "1") int attempts,
        @Schema(required = true, nullable = true, description = "Why the latest attempt failed; null when it did not")
        String lastError,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When a receiver took it; null until then") Instant sentAt,
        @Schema(required = true, description = "When it was queued") Instant createdAt,
        @Schema(required = true, implementation = WebhookPayload.class, description = "The body, as posted")
        JsonNode payload,
        @Schema(required = true, description = "Every attempt, oldest first") List<WebhookAttemptResponse> attemptLog) {
}
