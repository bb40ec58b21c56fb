package io.thesiswatch.company.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.contract.Unit;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

@Schema(name = "ExpressionSeries", description = "A series computed from other series, period by period: a point "
        + "for each period where every reference has one (and no divisor is zero), oldest first")
public record ExpressionSeriesResponse(
        @Schema(required = true, description = "The expression as asked",
                example = "{NVDA:REVENUE} / {BIG6:CAPEX} * 100") String expression,
        @Schema(required = true, description = "The expression with each reference named in words",
                example = "NVDA Revenue / BIG6 Capital expenditure * 100") String description,
        @Schema(required = true, description = "The unit declared with unit=, or RATIO") Unit unit,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The kind of period of every point; left out when a reference has no data")
        PeriodKind kind,
        @Schema(required = true, description = "Whose periods: one subject's fiscal ones, or calendar ones")
        Basis basis,
        @Schema(required = true, description = "The points, oldest first, each with its operands; empty when there "
                + "are none (reason says why)") List<PointResponse> points,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why there are no points; left out when there are some",
                example = "'{BIG6:CAPEX}': no quarter points on this basis") String reason) {
}
