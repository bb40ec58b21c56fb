package io.thesiswatch.company.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Point", description = "One point of a series, with the days it covers and where it came from; fields "
        + "without a value are left out")
public record PointResponse(
        @Schema(required = true, description = "The period's label: 2024, 2024-Q1, 2024-07 or 2024-07-15",
                example = "2024-Q1") String period,
        @Schema(required = true, description = "The value, with its exact digits (percent changes have six decimals)",
                example = "369000000") BigDecimal value,
        @Schema(description = "First day of the period (a filing's own dates, or the year end's nominal ones); left "
                + "out when unknown", example = "2024-01-29") LocalDate start,
        @Schema(description = "Last day of the period; left out when unknown", example = "2024-04-28") LocalDate end,
        @Schema(description = "On the calendar basis: the fiscal periods the value came from, when their labels "
                + "differ; left out otherwise", example = "[\"2025-Q1\"]") List<String> fiscalPeriods,
        @Schema(description = "Where an observed value came from (a filing's accession number, a URL); left out for "
                + "derived values and when not given",
                example = "SEC EDGAR 10-Q 0001045810-24-000124 (filed 2024-05-29), "
                        + "us-gaap:PaymentsToAcquireProductiveAssets")
        String source,
        @Schema(description = "True when the value was derived from other facts, e.g. a quarter from year-to-date "
                + "filings (the source names them); left out otherwise", example = "true") Boolean derived,
        @Schema(description = "For an expression: each reference's point of this period, which the value was computed "
                + "from; left out otherwise") List<OperandResponse> operands) {

    /** A point with only its period and value (derived transforms of tests and clients that need no more). */
    public PointResponse(String period, BigDecimal value) {
        this(period, value, null, null, null, null, null, null);
    }
}
