package io.thesiswatch.company.api;


import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Unit;
import io.thesiswatch.contract.Transform;

@Schema(name = "SeriesSpec", description = "Which series: subject, metric, transform (VALUE if left out), window, "
        + "kind and basis; or an expression over series (then no subject, metric, transform or window)")
public record SeriesSpec(
        @Schema(description = "A company or group code; an unknown one gives that series an error. Required unless "
                + "expression is given", example = "NVDA") String subject,
        @Schema(description = "A metric code; an unknown one gives that series an error. Required unless expression "
                + "is given", example = "CAPEX") String metric,
        @Schema(description = "VALUE if left out") Transform transform,
        @Schema(description = "Periods back, only with CHANGE_PCT", example = "4") Integer window,
        @Schema(description = "The kind of period; may be left out when the data has only one kind") PeriodKind kind,
        @Schema(description = "FISCAL (a company's default) or CALENDAR (a group's default; an expression's "
                + "default unless all its references are of one subject)") Basis basis,
        @Schema(description = "Instead of subject and metric: an expression (up to 500 characters) over series, "
                + "+ - * / and parentheses on numbers and references {SUBJECT:METRIC[:TRANSFORM[:WINDOW]]} "
                + "(up to 10), e.g. {NVDA:REVENUE} / {BIG6:CAPEX}; a bad one gives that series an error naming the "
                + "token") String expression,
        @Schema(description = "With expression: the unit of its values (RATIO if left out)") Unit unit) {

    /** A spec of the series as it was before kinds and bases (the subject's default basis, the only kind). */
    public SeriesSpec(String subject, String metric, Transform transform, Integer window) {
        this(subject, metric, transform, window, null, null, null, null);
    }

    /** A spec of one series (no expression) on a kind and basis. */
    public SeriesSpec(String subject, String metric, Transform transform, Integer window, PeriodKind kind,
            Basis basis) {
        this(subject, metric, transform, window, kind, basis, null, null);
    }
}
