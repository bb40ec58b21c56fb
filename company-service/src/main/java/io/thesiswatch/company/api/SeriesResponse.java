package io.thesiswatch.company.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.contract.Unit;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

@Schema(name = "Series", description = "A series of one kind of period on one basis, oldest point first")
public record SeriesResponse(
        @Schema(required = true, example = "NVDA") String subject,
        @Schema(required = true, example = "CAPEX") String metric,
        @Schema(required = true, description = "What the values are: VALUE, or a percent change") Transform transform,
        @Schema(required = true, nullable = true, description = "Periods back, for CHANGE_PCT; null otherwise",
                example = "4") Integer window,
        @Schema(required = true, description = "The metric's unit, or PERCENT for every percent-change transform")
        Unit unit,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The kind of period of every point; left out when there is no data") PeriodKind kind,
        @Schema(required = true, description = "Whose periods the labels are: the company's fiscal ones or calendar "
                + "ones") Basis basis,
        @Schema(required = true, description = "Whether the points are sums of the group's members")
        boolean derivedFromMembers,
        @Schema(required = true, description = "The points, oldest first; empty when there are none (reason says why)")
        List<PointResponse> points,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Calendar periods the data touches that have no point, and why; left out when there "
                + "are none") List<GapResponse> gaps,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why there are no points; left out when there are some",
                example = "no point has a base period: YOY_PCT compares with the same period a year earlier")
        String reason) {
}
