package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EmailKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delivery", description = "An outbox row: one email to one subscriber")
public record DeliveryResponse(
        long id,
        @Schema(example = "ALERT") EmailKind kind,
        UUID eventId,
        UUID subscriberId,
        @Schema(example = "SENT") DeliveryStatus status,
        @Schema(example = "1") int attempts,
        String lastError,
        Instant sentAt,
        Instant createdAt) {
}
