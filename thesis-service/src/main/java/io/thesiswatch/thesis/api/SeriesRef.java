package io.thesiswatch.thesis.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.contract.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesRef", description = "The company-service series a trigger watches, with the kind of period it "
        + "watches (which never changes) and whose periods (the company's own fiscal ones, or calendar ones). kind "
        + "and basis are left out only for a trigger from before they existed that company-service has not told "
        + "them yet (kind: while its series has no data)")
public record SeriesRef(
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "A company or group code; left out for an expression", example = "BIG6") String subject,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "A metric code; left out for an expression", example = "CAPEX") String metric,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "How the series is derived; left out for an expression") Transform transform,
        @Schema(required = true, nullable = true, description = "Periods back for CHANGE_PCT; null with the other "
                + "transforms", example = "10") Integer window,
        @JsonInclude(JsonInclude.Include.NON_NULL) PeriodKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Basis basis,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The expression the trigger watches instead of one subject and metric; left out "
                + "otherwise", example = "{NVDA:REVENUE} / {BIG6:CAPEX}") String expression,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "An expression's declared unit; left out for RATIO and for a series of one metric")
        Unit unit) {
}
