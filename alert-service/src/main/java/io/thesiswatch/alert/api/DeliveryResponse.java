package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Nullable times and ids are documented inline (string, format, nullable) rather than as a reference: a nullable
 * reference needs {@code allOf}, which validators and several client generators do not read as nullable.
 */
@Schema(name = "Delivery", description = "An outbox row: one email to one subscriber, and how sending it went")
public record DeliveryResponse(
        @Schema(required = true, description = "The row's id", example = "7") long id,
        @Schema(required = true) EmailKind kind,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The alert event the email tells of; null for a confirmation email") UUID eventId,
        @Schema(required = true, nullable = true, implementation = String.class, format = "uuid",
                description = "The subscriber the email is for; null for a WEBHOOK_DISABLED email to the admin who "
                        + "owns an integration") UUID subscriberId,
        @Schema(required = true) DeliveryStatus status,
        @Schema(required = true, description = "Attempts made to send it", example = "1") int attempts,
        @Schema(required = true, description = "When it is due (PENDING: the next attempt, held back by quiet hours "
                + "or a retry's backoff)") Instant nextAttemptAt,
        @Schema(required = true, description = "Whether it waits for (or went in) a digest: DAILY delivery, or an "
                + "immediate alert beyond the subscriber's daily cap", example = "false") boolean inDigest,
        @Schema(required = true, nullable = true, description = "Why the latest attempt failed; null when it did not",
                example = "Connection refused: localhost/127.0.0.1:1025") String lastError,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When it was sent; null until then", example = "2025-05-29T08:30:02Z")
        Instant sentAt,
        @Schema(required = true, description = "When it was queued") Instant createdAt) {
}
