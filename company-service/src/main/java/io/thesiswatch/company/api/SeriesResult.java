package io.thesiswatch.company.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.company.domain.Unit;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SeriesResult", description = "One answer of a batch query: points, or error when the series cannot exist")
public record SeriesResult(
        String subject,
        String metric,
        @Schema(description = "The metric's name in the catalog", example = "Capital expenditure") String metricName,
        Transform transform,
        Integer window,
        Unit unit,
        @Schema(description = "The kind of period of every point", example = "QUARTER") PeriodKind kind,
        @Schema(description = "The basis the series was read on", example = "CALENDAR") Basis basis,
        List<PointResponse> points,
        @Schema(description = "Why this series has no answer", example = "unknown subject 'XYZ'") String error) {

    public static SeriesResult failed(SeriesSpec spec, Transform transform, Integer window, String error) {
        return new SeriesResult(spec.subject(), spec.metric(), null, transform, window, null, spec.kind(),
                spec.basis(), null, error);
    }
}
