package io.thesiswatch.company.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.company.domain.Unit;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

@Schema(name = "Series", description = "A series of one kind of period on one basis, oldest point first")
public record SeriesResponse(
        @Schema(example = "NVDA") String subject,
        @Schema(example = "CAPEX") String metric,
        @Schema(example = "YOY_PCT") Transform transform,
        @Schema(description = "Set for CHANGE_PCT") Integer window,
        @Schema(description = "PERCENT for every percent-change transform", example = "PERCENT") Unit unit,
        @Schema(description = "The kind of period of every point; null when there is no data", example = "QUARTER")
        PeriodKind kind,
        @Schema(description = "Whose periods the labels are: the company's fiscal ones or calendar ones",
                example = "CALENDAR") Basis basis,
        @Schema(description = "Whether the points are sums of the group's members") boolean derivedFromMembers,
        List<PointResponse> points,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Calendar periods the data touches that have no point, and why") List<GapResponse> gaps,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why there are no points, when there are none",
                example = "no point has a base period: YOY_PCT compares with the same period a year earlier")
        String reason) {
}
