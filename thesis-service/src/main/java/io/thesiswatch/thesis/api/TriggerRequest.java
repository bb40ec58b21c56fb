package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TriggerRequest", description = "A risk trigger to create, or its new state (PUT)")
public record TriggerRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Capex cycle ends") String name,
        @NotNull @Valid SeriesRef series,
        @NotNull @Schema(example = "LT") Operator operator,
        @NotNull @Schema(example = "10") BigDecimal threshold,
        @Schema(description = "Hysteresis: once firing, the trigger clears only past this value; on the safe side "
                + "of threshold", example = "12") BigDecimal clearThreshold,
        @Min(1) @Max(100)
        @Schema(description = "How many latest consecutive points must meet the condition (1 if left out)",
                example = "1")
        Integer forPeriods,
        @Schema(description = "WARNING if left out", example = "CRITICAL") Severity severity,
        @Schema(description = "true if left out") Boolean enabled,
        @Schema(description = "Checks skip the trigger until then") Instant snoozedUntil,
        @Schema(description = "PUT only, optional: the version you read; a stale one answers 409") Long version) {
}
