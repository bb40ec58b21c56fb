package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AlertEvent", description = "A trigger fired or resolved, with the value and period that made it so "
        + "and the trigger's and thesis' names at that moment")
public record AlertEventResponse(
        @Schema(required = true, description = "The event's id") UUID id,
        @Schema(required = true, description = "The trigger (in thesis-service) that fired or resolved") UUID triggerId,
        @Schema(required = true, description = "The thesis the trigger belongs to") UUID thesisId,
        @Schema(required = true) EventKind kind,
        @Schema(required = true) Severity severity,
        @Schema(required = true, description = "The latest value of the watched series, in its unit",
                example = "5.2") BigDecimal value,
        @Schema(required = true, description = "The period of the value, a label such as 2025, 2025-Q1 or 2025-07",
                example = "2025-Q1") String period,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The kind of the period; left out for events recorded before kinds were kept")
        PeriodKind periodKind,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Whose periods: the company's own fiscal ones or calendar ones; left out when not "
                + "known") Basis basis,
        @Schema(required = true, description = "The period as a person names it (\"fiscal 2025 Q1\", \"calendar "
                + "2024\", \"2025-07\"); the bare label when the basis is not known", example = "fiscal 2025 Q1")
        String periodName,
        @Schema(required = true, description = "When the check that found it ran") Instant occurredAt,
        @Schema(required = true, description = "The trigger's name when it fired or resolved",
                example = "NVIDIA capex growth turns down") String triggerName,
        @Schema(required = true, description = "The thesis' title when the trigger fired or resolved",
                example = "The AI infrastructure capex cycle runs through 2027") String thesisTitle,
        @Schema(required = true, description = "The series the trigger watched: subject and metric codes, or its "
                + "expression as written", example = "{NVDA:REVENUE} / {BIG6:CAPEX}") String series,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The series in words: the metric's name in the catalog, or the expression with each "
                + "reference named; left out when company-service did not say",
                example = "NVDA Revenue / BIG6 Capital expenditure") String seriesName) {
}
