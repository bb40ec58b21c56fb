package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.thesiswatch.common.validation.BoundedDigits;
import io.thesiswatch.common.validation.FourDigitYear;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskEvent", description = "A trigger fired or cleared (sent by alert-service)")
public record RiskEventRequest(
        @NotNull @Schema(description = "The trigger; one that no longer exists is journalled as such") UUID triggerId,
        @NotBlank @Size(max = 100) @Schema(description = "Unique per event: the same id twice changes nothing",
                example = "6f1c1b1e-5a7d-4c1e-9a51-2f0e7d1c9b3a") String eventId,
        @NotNull RiskEventKind kind,
        @NotNull Severity severity,
        @BoundedDigits
        @Schema(nullable = true, description = "The value that made the trigger fire or clear", example = "5.2")
        BigDecimal value,
        @Size(max = 10) @Schema(nullable = true, description = "The period of the value, a label such as 2025, "
                + "2025-Q1 or 2025-07", example = "2025-Q1") String period,
        @Schema(nullable = true, description = "The basis the period is on; the trigger's when left out. The journal "
                + "names the period with it (\"fiscal 2025 Q1\", \"calendar 2024\")", example = "FISCAL") Basis basis,
        @FourDigitYear
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "When the event was observed; now when left out", example = "2025-11-28T10:00:00Z")
        Instant observedAt,
        @Size(max = 500)
        @Schema(nullable = true, description = "The trigger's series in words, as company-service names it (an "
                + "expression's references by subject and metric name); the journal shows it for an expression",
                example = "NVDA Revenue / BIG6 Capital expenditure") String seriesInWords) {
}
