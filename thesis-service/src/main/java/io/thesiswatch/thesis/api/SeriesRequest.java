package io.thesiswatch.thesis.api;

import jakarta.validation.constraints.Pattern;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.contract.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesRequest", description = "The company-service series a trigger is to watch: a subject and a "
        + "metric that exist there, derived by transform; or an expression over such series")
public record SeriesRequest(
        @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE)
        @Schema(nullable = true, description = "A company or group code; required unless expression is given",
                example = "BIG6") String subject,
        @Pattern(regexp = Codes.METRIC, message = Codes.METRIC_MESSAGE)
        @Schema(nullable = true, description = "A metric code; required unless expression is given",
                example = "CAPEX") String metric,
        @Schema(nullable = true, description = "VALUE if left out", example = "CHANGE_PCT") Transform transform,
        @Schema(nullable = true, minimum = "1", maximum = "" + Transform.MAX_WINDOW,
                description = "Periods back, 1 to 1000: required with CHANGE_PCT and only then", example = "10")
        Integer window,
        @Schema(nullable = true, description = "The kind of period the trigger watches; it never changes (a PUT with "
                + "another kind answers 400). Left out on create: the only kind the series' data has; required when "
                + "the data has several kinds or none yet (a trigger may come before its data). Left out on PUT: kept.",
                example = "YEAR")
        PeriodKind kind,
        @Schema(nullable = true, description = "Whose periods: the company's own fiscal ones or calendar ones. Must "
                + "be one the series can be read on (a group whose members' fiscal year ends differ only has "
                + "CALENDAR). Left out on create: FISCAL for a company, CALENDAR for a group; left out on PUT: kept.",
                example = "CALENDAR")
        Basis basis,
        @Schema(nullable = true, description = "Instead of subject, metric, transform and window: an expression (up to "
                + "500 characters) over "
                + "series, + - * / and parentheses on numbers and references {SUBJECT:METRIC[:TRANSFORM[:WINDOW]]} "
                + "(up to 10), every reference an existing subject and metric. kind is then required; basis is left "
                + "out for the subject's own when every reference is of one subject, CALENDAR otherwise. A bad token "
                + "is a 400 naming it, e.g. {NVDA:REVENUE} / {BIG6:CAPEX}.") String expression,
        @Schema(nullable = true, description = "With expression: the unit of its values (RATIO if left out)")
        Unit unit) {

    /** A series of one subject and metric. */
    public SeriesRequest(String subject, String metric, Transform transform, Integer window, PeriodKind kind,
            Basis basis) {
        this(subject, metric, transform, window, kind, basis, null, null);
    }
}
