package io.thesiswatch.alert.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookAttempt", description = "One attempt to post a message, and how the receiver answered")
public record WebhookAttemptResponse(
        @Schema(required = true) Instant attemptedAt,
        @Schema(required = true, nullable = true, description = "The HTTP status of the answer; null when there was "
                + "none", example = "200") Integer statusCode,
        @Schema(required = true, description = "From the request to the end of the answer, in milliseconds",
                example = "84") int latencyMs,
        @Schema(required = true, nullable = true, description = "The first characters of the answer's body")
        String answer,
        @Schema(required = true, nullable = true, description = "Why there was no answer (timeout, refused "
                + "connection, refused destination); null when there was one") String error) {
}
