package io.thesiswatch.thesis.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.thesiswatch.contract.Transform;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesRef", description = "The company-service series a trigger watches")
public record SeriesRef(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,19}", message = "must be an upper-case subject code")
        @Schema(example = "BIG6") String subject,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case metric code")
        @Schema(example = "CAPEX") String metric,
        @Schema(description = "VALUE if left out", example = "YOY_PCT") Transform transform,
        @Schema(description = "Periods back; required with CHANGE_PCT and only then") Integer window) {
}
