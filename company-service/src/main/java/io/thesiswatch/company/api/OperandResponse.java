package io.thesiswatch.company.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Operand", description = "One reference of an expression at one period: the value the expression "
        + "used and where it came from")
public record OperandResponse(
        @Schema(required = true, description = "The reference as the expression writes it", example = "{NVDA:REVENUE}")
        String reference,
        @Schema(required = true, description = "Its value for the period", example = "130497000000") BigDecimal value,
        @Schema(description = "On the calendar basis: the fiscal periods the value came from, when their labels "
                + "differ; left out otherwise", example = "[\"2025\"]") List<String> fiscalPeriods,
        @Schema(description = "Where the value came from, as its series' point says; left out when not given",
                example = "SEC EDGAR 10-K 0001045810-25-000023 (filed 2025-02-26), us-gaap:Revenues") String source,
        @Schema(description = "True when the value was derived from other facts; left out otherwise",
                example = "true") Boolean derived) {
}
