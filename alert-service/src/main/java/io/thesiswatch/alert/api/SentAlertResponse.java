package io.thesiswatch.alert.api;

import java.time.Instant;

import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SentAlert", description = "An alert as it reached a subscriber (or was held back from them)")
public record SentAlertResponse(
        @Schema(required = true, description = "The email's id (its outbox row)", example = "7") long deliveryId,
        @Schema(required = true, description = "ALERT, or REMINDER when it was sent after a mute or snooze ended")
        EmailKind kind,
        @Schema(required = true, description = "SENT, or SUPPRESSED (muted or snoozed) when asked for")
        DeliveryStatus status,
        @Schema(required = true, description = "Whether it came in a digest rather than an email of its own",
                example = "false") boolean inDigest,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When it was sent; null when SUPPRESSED", example = "2025-05-29T08:30:02Z")
        Instant sentAt,
        @Schema(required = true, description = "What happened") AlertEventResponse event) {
}
