package io.thesiswatch.company.api;

import java.util.List;

import io.thesiswatch.contract.Transform;
import io.thesiswatch.company.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Series", description = "A series, oldest point first")
public record SeriesResponse(
        @Schema(example = "BIG6") String subject,
        @Schema(example = "CAPEX") String metric,
        @Schema(example = "YOY_PCT") Transform transform,
        @Schema(description = "Set for CHANGE_PCT") Integer window,
        @Schema(description = "PERCENT for every percent-change transform", example = "PERCENT") Unit unit,
        @Schema(description = "Whether the points are sums of the group's members") boolean derivedFromMembers,
        List<PointResponse> points) {
}
