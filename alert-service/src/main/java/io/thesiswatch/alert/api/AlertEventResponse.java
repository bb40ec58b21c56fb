package io.thesiswatch.alert.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
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
        @Schema(description = "The period of the value, a label such as 2025, 2025-Q1 or 2025-07",
                example = "2025-Q1") String period,
        @Schema(description = "The kind of the period; null for events recorded before kinds were kept",
                example = "QUARTER") PeriodKind periodKind,
        @Schema(description = "Whose periods: the company's own fiscal ones or calendar ones; null when not known",
                example = "FISCAL") Basis basis,
        @Schema(description = "The period as a person names it (\"fiscal 2025 Q1\", \"calendar 2024\", "
                + "\"2025-07\"); the bare label when the basis is not known, null when there is no period",
                example = "fiscal 2025 Q1") String periodName,
        Instant occurredAt,
        @Schema(example = "Capex cycle ends") String triggerName,
        @Schema(example = "The AI capex cycle runs through 2027") String thesisTitle) {
}
