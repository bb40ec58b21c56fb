package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as its owner sees it; the secret only in the answer that creates it. */
@Schema(name = "Webhook", description = "A webhook endpoint and how its deliveries go")
public record WebhookResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The subscriber it belongs to (the alerts of what they follow); null for an admin's "
                        + "integration, which gets every alert") UUID subscriberId,
        @Schema(required = true, description = "Where a disabled webhook's owner is told") String ownerEmail,
        @Schema(required = true) String url,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true) WebhookFilters filters,
        @Schema(required = true, description = "Whether alerts are posted to it") boolean enabled,
        @Schema(required = true, nullable = true, description = "Why it was disabled; null while enabled or when "
                + "its owner disabled it", example = "the receiver answered 410 Gone") String disabledReason,
        @Schema(required = true, description = "Attempts that failed in a row (reset by a delivered one)")
        int consecutiveFailures,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "Until when the previous secret also signs, after a rotation; null when it does not")
        Instant previousSecretSignsUntil,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret (whsec_...), in the answer to createWebhook only: keep it, it "
                + "is never shown again (rotateWebhookSecret makes a new one)") String secret) {
}
