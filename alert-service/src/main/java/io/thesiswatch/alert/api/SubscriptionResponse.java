package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Exactly one of thesisId and company is set; the other is left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Subscription", description = "What a subscriber follows: one thesis or one company. Exactly one of "
        + "thesisId and company is present")
public record SubscriptionResponse(
        @Schema(required = true, description = "The subscription's id") UUID id,
        @Schema(required = true, description = "Who follows") UUID subscriberId,
        @Schema(description = "The thesis followed (all its triggers); left out when a company is followed")
        UUID thesisId,
        @Schema(description = "The company followed (every trigger of every thesis that names it); left out when a "
                + "thesis is followed", example = "NVDA") String company,
        @Schema(required = true, description = "When it was added") Instant createdAt,
        @Schema(description = "Its own minimum severity; left out when the subscriber's applies", example = "CRITICAL")
        Severity minSeverity,
        @Schema(description = "Its alerts are recorded, not sent, until then (one reminder follows if the trigger "
                + "still fires); left out when not muted", example = "2027-01-15T00:00:00Z") Instant mutedUntil) {
}
