package io.thesiswatch.thesis.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesRef", description = "The company-service series a trigger watches, with the kind of period it "
        + "watches (which never changes) and whose periods (the company's own fiscal ones, or calendar ones). kind "
        + "and basis are left out only for a trigger from before they existed that company-service has not told "
        + "them yet (kind: while its series has no data)")
public record SeriesRef(
        @Schema(required = true, description = "A company or group code", example = "BIG6") String subject,
        @Schema(required = true, description = "A metric code", example = "CAPEX") String metric,
        @Schema(required = true) Transform transform,
        @Schema(required = true, nullable = true, description = "Periods back for CHANGE_PCT; null with the other "
                + "transforms", example = "10") Integer window,
        @JsonInclude(JsonInclude.Include.NON_NULL) PeriodKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Basis basis) {
}
