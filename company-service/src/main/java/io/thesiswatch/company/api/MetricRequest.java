package io.thesiswatch.company.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.company.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricRequest")
public record MetricRequest(
        @NotBlank @Pattern(regexp = Codes.METRIC, message = Codes.METRIC_MESSAGE)
        @Schema(example = "CAPEX") String code,
        @NotBlank @Size(max = 200)
        @Schema(example = "Capital expenditure") String name,
        @NotNull
        @Schema(example = "USD") Unit unit,
        @NotNull
        @Schema(description = "Whether members' values sum into a group total", example = "true") Boolean additive,
        @Size(max = 2000)
        @Schema(example = "Payments to acquire property, plant and equipment") String description,
        @Schema(description = "How values add up over time: FLOW (capex, revenue: a calendar year is the sum of "
                + "its quarters) or STOCK (users, a share: never summed over time). If left out: FLOW for USD, "
                + "STOCK for every other unit", example = "FLOW") Temporal temporal) {
}
