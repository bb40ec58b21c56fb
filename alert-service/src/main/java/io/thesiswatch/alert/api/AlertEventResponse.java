package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AlertEvent")
public record AlertEventResponse(
        UUID id,
        UUID triggerId,
        UUID thesisId,
        @Schema(example = "FIRED") EventKind kind,
        @Schema(example = "CRITICAL") Severity severity,
        @Schema(example = "5.2") BigDecimal value,
        @Schema(example = "2025") String period,
        Instant occurredAt,
        @Schema(example = "Capex cycle ends") String triggerName,
        @Schema(example = "The AI capex cycle runs through 2027") String thesisTitle) {
}
