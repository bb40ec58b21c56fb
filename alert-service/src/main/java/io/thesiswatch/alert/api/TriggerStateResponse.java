package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.TriggerCondition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TriggerState")
public record TriggerStateResponse(
        UUID triggerId,
        UUID thesisId,
        @Schema(example = "FIRING") TriggerCondition state,
        @Schema(description = "Whether an alert episode is open (kept through NO_DATA and ERROR)") boolean firing,
        @Schema(example = "5.2") BigDecimal lastValue,
        @Schema(example = "2025") String lastPeriod,
        @Schema(description = "When the state last changed") Instant since,
        Instant lastCheckedAt,
        @Schema(description = "Why the state is ERROR or NO_DATA") String error) {
}
