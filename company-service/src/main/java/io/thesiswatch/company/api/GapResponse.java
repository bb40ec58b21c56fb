package io.thesiswatch.company.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gap", description = "A calendar period the data touches that has no point, and why")
public record GapResponse(
        @Schema(required = true, example = "2023") String period,
        @Schema(required = true, description = "AMBIGUOUS: two fiscal periods would land in it; INCOMPLETE: a "
                + "calendar year of a flow lacks a quarter", example = "INCOMPLETE") String reason,
        @Schema(required = true, example = "calendar 2023 is the sum of four calendar quarters and lacks Q2, Q3")
        String detail) {
}
