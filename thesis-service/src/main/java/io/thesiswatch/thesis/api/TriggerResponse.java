package io.thesiswatch.thesis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Trigger", description = "A risk trigger, with what a checker needs to know of its thesis")
public record TriggerResponse(
        UUID id,
        UUID thesisId,
        @Schema(example = "The AI infrastructure capex cycle runs through 2027") String thesisTitle,
        @Schema(example = "ACTIVE") ThesisStatus thesisStatus,
        @Schema(example = "[\"NVDA\", \"AVGO\"]") List<String> thesisCompanies,
        @Schema(example = "Capex cycle ends") String name,
        SeriesRef series,
        @Schema(example = "LT") Operator operator,
        @Schema(example = "10") BigDecimal threshold,
        @Schema(example = "12") BigDecimal clearThreshold,
        @Schema(example = "1") int forPeriods,
        @Schema(example = "CRITICAL") Severity severity,
        boolean enabled,
        Instant snoozedUntil,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
