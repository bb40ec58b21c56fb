package io.thesiswatch.company.api;

import java.time.Instant;

import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.company.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Metric")
public record MetricResponse(
        @Schema(example = "CAPEX") String code,
        @Schema(example = "Capital expenditure") String name,
        @Schema(example = "USD") Unit unit,
        @Schema(example = "true") boolean additive,
        @Schema(description = "FLOW or STOCK", example = "FLOW") Temporal temporal,
        String description,
        Instant createdAt) {
}
