package io.thesiswatch.company.api;

import io.thesiswatch.company.domain.CalendarSeries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gap", description = "A calendar period the data touches that has no point, and why")
public record GapResponse(
        @Schema(required = true, description = "The calendar period's label", example = "2023") String period,
        @Schema(required = true, description = "Why it has no point") CalendarSeries.Gap reason,
        @Schema(required = true, description = "The gap in words",
                example = "calendar 2023 is the sum of four calendar quarters and lacks Q2, Q3") String detail) {
}
