package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.common.validation.BoundedDigits;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.contract.TriggerRules;
import io.thesiswatch.contract.Unit;
import io.thesiswatch.contract.expression.SeriesReference;

@Schema(name = "BacktestRequest", description = "What to replay: a saved trigger by its id alone, or a trigger as "
        + "thesis-service would accept it (series, operator, threshold, and optionally clearThreshold, forPeriods, "
        + "severity and name)")
public record BacktestRequest(
        @Schema(nullable = true, description = "A saved trigger (thesis-service); then nothing else is given")
        UUID triggerId,
        @Size(max = 200) @Schema(nullable = true, description = "A name to echo", example = "NVIDIA's share falls")
        String name,
        @Valid @Schema(description = "The series, as a trigger's") Series series,
        Operator operator,
        @BoundedDigits @Schema(nullable = true, example = "30") BigDecimal threshold,
        @BoundedDigits @Schema(nullable = true, description = "Where a firing trigger clears; threshold if left out",
                example = "32") BigDecimal clearThreshold,
        @Min(1) @Max(TriggerRules.MAX_FOR_PERIODS)
        @Schema(nullable = true, description = "Consecutive periods the condition must hold (1)", example = "1")
        Integer forPeriods,
        @Schema(description = "WARNING if left out", example = "WARNING") Severity severity) {

    @Schema(name = "BacktestSeries", description = "A subject and a metric derived by transform, or an expression "
            + "over series (then kind is required), as a trigger's series")
    public record Series(
            @Pattern(regexp = SeriesReference.SUBJECT_CODE, message = "must be an upper-case subject code")
            @Schema(nullable = true, example = "NVDA") String subject,
            @Pattern(regexp = SeriesReference.METRIC_CODE, message = "must be an upper-case metric code")
            @Schema(nullable = true, example = "CAPEX") String metric,
            Transform transform,
            @Schema(nullable = true, description = "Periods back, only with CHANGE_PCT") Integer window,
            @Schema(example = "YEAR") PeriodKind kind,
            @Schema(example = "CALENDAR") Basis basis,
            @Schema(nullable = true, description = "Instead of subject and metric (up to 500 characters), e.g. "
                    + "{NVDA:REVENUE} / {BIG6:CAPEX} * 100") String expression,
            @Schema(description = "An expression's unit (RATIO)", example = "PERCENT") Unit unit) {
    }
}
