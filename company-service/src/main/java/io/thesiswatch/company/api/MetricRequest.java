package io.thesiswatch.company.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.contract.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricRequest", description = "A metric to add to the catalog (metrics are not changed once added)")
public record MetricRequest(
        @NotBlank @Pattern(regexp = Codes.METRIC, message = Codes.METRIC_MESSAGE)
        @Schema(example = "NET_INCOME") String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Display name", example = "Net income") String name,
        @NotNull
        @Schema(description = "The unit of its values") Unit unit,
        @NotNull
        @Schema(description = "Whether members' values sum into a group total", example = "true") Boolean additive,
        @Size(max = 2000)
        @Schema(description = "Free text", example = "Net income as reported")
        String description,
        @Schema(description = "How values add up over time: FLOW (capex, revenue: a calendar year is the sum of "
                + "its quarters) or STOCK (users, a share: never summed over time). If left out: FLOW for USD, "
                + "STOCK for every other unit") Temporal temporal) {
}
