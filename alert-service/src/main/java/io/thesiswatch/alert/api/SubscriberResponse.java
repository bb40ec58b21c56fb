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
                example = "2025-05-29T08:30:00Z") Instant confirmedAt,
        @Schema(required = true, nullable = true, description = "Their IANA time zone; null: Asia/Taipei for a zh-TW "
                + "reader, UTC for the others (emails tell times in it; quiet hours and the digest hour are in it)",
                example = "Asia/Taipei") String timeZone,
        @Schema(required = true, nullable = true, implementation = QuietHoursView.class,
                description = "When immediate emails wait (local time); null: none") QuietHoursView quietHours,
        @Schema(required = true, description = "Whether a CRITICAL alert is sent during quiet hours",
                example = "true") boolean criticalInQuietHours,
        @Schema(required = true, minimum = "0", maximum = "23", description = "The local hour after which the "
                + "digest goes out (DAILY delivery, and alerts beyond the daily cap)", example = "7") int digestHour,
        @Schema(required = true, nullable = true, minimum = "1", maximum = "1000", description = "At most this many "
                + "immediate alert emails a local day; the rest wait for the digest. null: no cap", example = "5")
        Integer dailyCap) {
}
