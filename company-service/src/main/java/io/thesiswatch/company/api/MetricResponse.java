package io.thesiswatch.company.api;

import java.time.Instant;

import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.contract.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Metric", description = "An entry of the metric catalog")
public record MetricResponse(
        @Schema(required = true, example = "CAPEX") String code,
        @Schema(required = true, description = "Display name", example = "Capital expenditure") String name,
        @Schema(required = true, description = "The unit of its values") Unit unit,
        @Schema(required = true, description = "Whether members' values sum into a group total", example = "true")
        boolean additive,
        @Schema(required = true, description = "How values add up over time: FLOW (a year is the sum of its "
                + "quarters) or STOCK (never summed over time)") Temporal temporal,
        @Schema(required = true, nullable = true, description = "Free text; null when not given",
                example = "Capex, mostly GPUs, servers, power and data centres") String description,
        @Schema(required = true, description = "When it was added") Instant createdAt) {
}
