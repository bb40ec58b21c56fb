package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.company.domain.Layer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompanyRequest", description = "A company to create, or its new state (PUT; code may be left out)")
public record CompanyRequest(
        @NotBlank(groups = OnCreate.class)
        @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE)
        @Schema(description = "Ticker, or a code for a private company", example = "NVDA") String code,
        @NotBlank @Size(max = 200)
        @Schema(example = "NVIDIA Corporation") String name,
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9.-]{1,20}", message = "must be upper case, e.g. NASDAQ or PRIVATE")
        @Schema(description = "Listing exchange, or PRIVATE", example = "NASDAQ") String exchange,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code, e.g. US")
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "US") String country,
        @NotNull
        @Schema(description = "Value-chain layer", example = "INFRASTRUCTURE") Layer layer,
        @Size(max = 20)
        @Schema(description = "Free tags, lower case", example = "[\"gpu\", \"ai-chips\"]")
        List<@NotNull @Pattern(regexp = Codes.TAG, message = Codes.TAG_MESSAGE) String> tags,
        @Size(max = 2000)
        @Schema(example = "GPUs and the CUDA platform") String description,
        @Size(max = 5)
        @Schema(description = "Nominal fiscal year end, MM-DD (12-31 if left out on create, kept if left out on "
                + "PUT; 02-29 is refused). Fiscal years are named by the calendar year they end in; a year "
                + "ending 1-7 January takes the previous year's name. The SEC importer sets it from the filings.",
                example = "01-31") String fiscalYearEnd) {
}
