package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.DeliveryMode;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscriber")
public record SubscriberResponse(
        UUID id,
        @Schema(example = "investor@example.com") String email,
        String name,
        @Schema(example = "IMMEDIATE") DeliveryMode delivery,
        @Schema(example = "WARNING") Severity minSeverity,
        boolean notifyResolved,
        @Schema(example = "en", enumeration = {"en", "zh-TW"}) EmailLocale locale,
        @Schema(description = "PENDING until the emailed link is followed", example = "PENDING")
        SubscriberStatus status,
        Instant createdAt,
        Instant confirmedAt) {
}
