package io.thesiswatch.thesis.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesRef", description = "The company-service series a trigger watches")
public record SeriesRef(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,19}", message = "must be an upper-case subject code")
        @Schema(example = "BIG6") String subject,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case metric code")
        @Schema(example = "CAPEX") String metric,
        @Schema(description = "VALUE if left out", example = "YOY_PCT") Transform transform,
        @Schema(description = "Periods back; required with CHANGE_PCT and only then") Integer window,
        @Schema(description = "The kind of period the trigger watches; it never changes (a PUT with another kind "
                + "answers 400). Left out on create: the only kind the series' data has; required when the data has "
                + "several kinds or none yet (a trigger may come before its data). Left out on PUT: kept. Always in "
                + "answers; null only for a trigger from before kinds existed whose series has no data yet.",
                example = "QUARTER")
        PeriodKind kind,
        @Schema(description = "Whose periods: the company's own fiscal ones or calendar ones. Must be one the "
                + "series can be read on (a group whose members' fiscal year ends differ only has CALENDAR). Left "
                + "out on create: FISCAL for a company, CALENDAR for a group; left out on PUT: kept.",
                example = "CALENDAR")
        Basis basis) {
}
