package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.thesiswatch.common.validation.BoundedDigits;
import io.thesiswatch.common.validation.FourDigitYear;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.TriggerRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TriggerUpdateRequest", description = "A trigger's new state, replacing the old one: optional fields "
        + "left out take their defaults again, except series.kind and series.basis, which are kept")
public record TriggerUpdateRequest(
        @NotBlank @Size(max = 200) @Schema(description = TriggerDetails.NAME, example = "Capex cycle ends")
        String name,
        @NotNull @Valid SeriesRequest series,
        @NotNull Operator operator,
        @NotNull @BoundedDigits @Schema(description = TriggerDetails.THRESHOLD, example = "10") BigDecimal threshold,
        @BoundedDigits @Schema(nullable = true, description = TriggerDetails.CLEAR_THRESHOLD, example = "12")
        BigDecimal clearThreshold,
        @Min(1) @Max(TriggerRules.MAX_FOR_PERIODS)
        @Schema(nullable = true, description = TriggerDetails.FOR_PERIODS, example = "1") Integer forPeriods,
        @Schema(nullable = true, description = TriggerDetails.SEVERITY, example = "CRITICAL") Severity severity,
        @Schema(nullable = true, description = TriggerDetails.ENABLED, example = "true") Boolean enabled,
        @FourDigitYear
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = TriggerDetails.SNOOZED_UNTIL, example = "2027-01-31T00:00:00Z") Instant snoozedUntil,
        @Schema(nullable = true, description = "The version you read, optional: when sent and stale, 409",
                example = "0") Long version) implements TriggerDetails {
}
