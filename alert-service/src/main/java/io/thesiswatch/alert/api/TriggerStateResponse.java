package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TriggerState")
public record TriggerStateResponse(
        UUID triggerId,
        UUID thesisId,
        @Schema(example = "FIRING") TriggerCondition state,
        @Schema(description = "Whether an alert episode is open (kept through NO_DATA and ERROR)") boolean firing,
        @Schema(example = "5.2") BigDecimal lastValue,
        @Schema(description = "The latest period the series had, a label such as 2025, 2025-Q1 or 2025-07",
                example = "2025-Q1") String lastPeriod,
        @Schema(description = "The kind of lastPeriod; null when not known", example = "QUARTER")
        PeriodKind lastPeriodKind,
        @Schema(description = "Whose periods lastPeriod is told in; null when not known", example = "FISCAL")
        Basis lastPeriodBasis,
        @Schema(description = "lastPeriod as a person names it (\"fiscal 2025 Q1\", \"calendar 2024\"); the bare "
                + "label when the basis is not known", example = "fiscal 2025 Q1") String lastPeriodName,
        @Schema(description = "When the state last changed") Instant since,
        Instant lastCheckedAt,
        @Schema(description = "Why the state is ERROR or NO_DATA", example = "needs 3 consecutive periods; 2024-Q2 "
                + "is missing") String error) {
}
