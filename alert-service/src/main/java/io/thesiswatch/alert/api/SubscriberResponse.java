package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.DeliveryMode;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Nullable times and ids are documented inline (string, format, nullable) rather than as a reference: a nullable
 * reference needs {@code allOf}, which validators and several client generators do not read as nullable.
 */
@Schema(name = "Subscriber", description = "Someone who gets alert emails, with their preferences")
public record SubscriberResponse(
        @Schema(required = true, description = "The subscriber's id") UUID id,
        @Schema(required = true, format = "email", description = "Where the emails go, lower-case",
                example = "investor@example.com") String email,
        @Schema(required = true, nullable = true, description = "How the emails greet them; null when not given",
                example = "Mei-Ling Chen") String name,
        @Schema(required = true) DeliveryMode delivery,
        @Schema(required = true) Severity minSeverity,
        @Schema(required = true, description = "Whether they are emailed when a trigger clears", example = "true")
        boolean notifyResolved,
        @Schema(required = true) EmailLocale locale,
        @Schema(required = true) SubscriberStatus status,
        @Schema(required = true, description = "When they (last) signed up") Instant createdAt,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When they followed the confirmation link; null while PENDING",
                example = "2025-05-29T08:30:00Z") Instant confirmedAt) {
}
