package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskEvent", description = "A trigger fired or cleared (sent by alert-service)")
public record RiskEventRequest(
        @NotNull UUID triggerId,
        @NotBlank @Size(max = 100) @Schema(description = "Unique per event: the same id twice changes nothing")
        String eventId,
        @NotNull @Schema(example = "FIRED") RiskEventKind kind,
        @NotNull @Schema(example = "CRITICAL") Severity severity,
        @Schema(example = "5.2") BigDecimal value,
        @Size(max = 10) @Schema(example = "2025") String period,
        Instant observedAt) {
}
