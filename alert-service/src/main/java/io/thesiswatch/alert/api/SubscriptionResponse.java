package io.thesiswatch.alert.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Subscription")
public record SubscriptionResponse(UUID id, UUID subscriberId, UUID thesisId,
        @Schema(example = "NVDA") String company, Instant createdAt) {
}
