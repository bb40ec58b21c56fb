package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TriggerState", description = "Where a trigger stood after its latest check")
public record TriggerStateResponse(
        @Schema(required = true, description = "The trigger (in thesis-service)") UUID triggerId,
        @Schema(required = true, description = "The thesis the trigger belongs to") UUID thesisId,
        @Schema(required = true) TriggerCondition state,
        @Schema(required = true, description = "Whether an alert episode is open (kept through NO_DATA and ERROR)")
        boolean firing,
        @Schema(required = true, nullable = true, description = "The latest value of the series; null when the "
                + "check found no point", example = "5.2") BigDecimal lastValue,
        @Schema(required = true, nullable = true, description = "The latest period the series had, a label such as "
                + "2025, 2025-Q1 or 2025-07; null when the check found no point", example = "2025-Q1")
        String lastPeriod,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The kind of lastPeriod; left out when not known") PeriodKind lastPeriodKind,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Whose periods lastPeriod is told in; left out when not known") Basis lastPeriodBasis,
        @Schema(required = true, nullable = true, description = "lastPeriod as a person names it (\"fiscal 2025 "
                + "Q1\", \"calendar 2024\"); the bare label when the basis is not known, null when lastPeriod is",
                example = "fiscal 2025 Q1") String lastPeriodName,
        @Schema(required = true, description = "When the state last changed") Instant since,
        @Schema(required = true, description = "When the trigger was last checked") Instant lastCheckedAt,
        @Schema(required = true, nullable = true, description = "Why the state is ERROR or NO_DATA; null otherwise",
                example = "needs 3 consecutive periods; 2024-Q2 is missing") String error) {
}
