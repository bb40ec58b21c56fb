package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesQuery", description = "Up to 1,000 series to read in one request")
public record SeriesQuery(
        @NotNull @Size(min = 1, max = 1000, message = "must hold 1 to 1000 series")
        @Schema(description = "The series, answered in this order")
        List<@NotNull @Valid SeriesSpec> series,
        @Min(1) @Max(1000)
        @Schema(description = "Only the last N points of each series (all if left out)", example = "3") Integer last) {
}
