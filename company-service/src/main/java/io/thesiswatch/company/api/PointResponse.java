package io.thesiswatch.company.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Point")
public record PointResponse(
        @Schema(example = "2024") String period,
        @Schema(example = "12.5") BigDecimal value) {
}
