package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.thesiswatch.contract.Basis;
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
        @Size(max = 10) @Schema(description = "The period of the value, a label such as 2025, 2025-Q1 or 2025-07",
                example = "2025-Q1") String period,
        @Schema(description = "The basis the period is on; the trigger's when left out. The journal names the "
                + "period with it (\"fiscal 2025 Q1\", \"calendar 2024\")", example = "FISCAL") Basis basis,
        Instant observedAt) {
}
