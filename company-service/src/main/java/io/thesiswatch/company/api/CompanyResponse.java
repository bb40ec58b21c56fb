package io.thesiswatch.company.api;

import java.time.Instant;
import java.util.List;

import io.thesiswatch.company.domain.Layer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Company", description = "A company of the catalog")
public record CompanyResponse(
        @Schema(required = true, description = "Ticker, or a code for a private company", example = "NVDA") String code,
        @Schema(required = true, description = "Display name", example = "NVIDIA") String name,
        @Schema(required = true, nullable = true, description = "Listing exchange, or PRIVATE; null when not given",
                example = "NASDAQ") String exchange,
        @Schema(required = true, nullable = true, description = "ISO 3166-1 alpha-2 country code; null when not given",
                example = "US") String country,
        @Schema(required = true, description = "Value-chain layer") Layer layer,
        @Schema(required = true, description = "Free tags, sorted; empty when there are none", example = "[\"gpu\"]")
        List<String> tags,
        @Schema(required = true, nullable = true,
                description = "Free text, possibly several lines; null when not given",
                example = "GPUs and the CUDA developer platform") String description,
        @Schema(required = true, description = "Nominal fiscal year end, MM-DD (12-31 unless set or imported)",
                pattern = CompanyDetails.FISCAL_YEAR_END, example = "01-28") String fiscalYearEnd,
        @Schema(required = true, description = "When it was added") Instant createdAt,
        @Schema(required = true, description = "When it was last changed") Instant updatedAt) {
}
