package io.thesiswatch.company.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.contract.Unit;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SeriesResult", description = "One answer of a batch query: points, or error when the series cannot be "
        + "answered. Fields without a value are left out")
public record SeriesResult(
        @Schema(description = "The subject as asked; left out for an expression", example = "NVDA") String subject,
        @Schema(description = "The metric as asked; left out for an expression", example = "CAPEX") String metric,
        @Schema(description = "The metric's name in the catalog, or an expression in words; left out with error",
                example = "Capital expenditure") String metricName,
        @Schema(description = "The expression as asked; left out for a series of one subject and metric",
                example = "{NVDA:REVENUE} / {BIG6:CAPEX}") String expression,
        @Schema(description = "What the values are (VALUE when not asked); left out for an expression")
        Transform transform,
        @Schema(description = "Periods back, for CHANGE_PCT; left out otherwise", example = "4") Integer window,
        @Schema(description = "The metric's unit, or PERCENT for a percent change, or an expression's declared unit "
                + "(RATIO if none); left out with error") Unit unit,
        @Schema(description = "The kind of period of every point; left out when there is no data, or with error "
                + "when none was asked") PeriodKind kind,
        @Schema(description = "The basis the series was read on; left out with error when none was asked") Basis basis,
        @Schema(description = "The points, oldest first (only the last ones when last was asked); left out with error")
        List<PointResponse> points,
        @Schema(description = "Why this series has no answer; left out when it has one",
                example = "kind: is required: the series has YEAR and QUARTER periods; ask for one with kind=")
        String error) {

    public static SeriesResult failed(SeriesSpec spec, Transform transform, Integer window, String error) {
        return new SeriesResult(spec.subject(), spec.metric(), null, spec.expression(),
                spec.expression() == null ? transform : null, window, null, spec.kind(), spec.basis(), null, error);
    }
}
