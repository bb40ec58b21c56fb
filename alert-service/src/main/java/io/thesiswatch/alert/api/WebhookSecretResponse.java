package io.thesiswatch.alert.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSecret", description = "A new signing secret, shown this once")
public record WebhookSecretResponse(
        @Schema(required = true, description = "The new secret (whsec_...); it signs from now on",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(required = true, description = "Until when the previous secret signs too (every message carries "
                + "both signatures), so that receivers can switch without losing a message")
        Instant previousSecretSignsUntil) {
}
