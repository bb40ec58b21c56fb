package io.thesiswatch.company.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.company.domain.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SeriesResult", description = "One answer of a batch query: points, or error when the series cannot exist")
public record SeriesResult(
        String subject,
        String metric,
        Transform transform,
        Integer window,
        Unit unit,
        List<PointResponse> points,
        @Schema(description = "Why this series has no answer", example = "unknown subject 'XYZ'") String error) {
}
