package io.thesiswatch.company.api;

import java.time.Instant;
import java.util.List;

import io.thesiswatch.company.domain.Layer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Company")
public record CompanyResponse(
        @Schema(example = "NVDA") String code,
        @Schema(example = "NVIDIA Corporation") String name,
        @Schema(example = "NASDAQ") String exchange,
        @Schema(example = "US") String country,
        @Schema(example = "INFRASTRUCTURE") Layer layer,
        @Schema(example = "[\"gpu\"]") List<String> tags,
        @Schema(example = "GPUs and the CUDA platform") String description,
        @Schema(description = "Nominal fiscal year end, MM-DD", example = "01-31") String fiscalYearEnd,
        Instant createdAt,
        Instant updatedAt) {
}
