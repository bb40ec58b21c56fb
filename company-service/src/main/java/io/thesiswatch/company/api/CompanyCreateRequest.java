package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.company.domain.Layer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompanyCreateRequest", description = "A company to add to the catalog; its code is required and "
        + "must not be used by another company or group")
public record CompanyCreateRequest(
        @NotBlank @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE)
        @Schema(description = "Ticker, or a code for a private company", example = "AMD") String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Display name", example = "Advanced Micro Devices") String name,
        @Size(max = 20) @Pattern(regexp = Codes.EXCHANGE, message = Codes.EXCHANGE_MESSAGE)
        @Schema(description = "Listing exchange, or PRIVATE", example = "NASDAQ") String exchange,
        @Pattern(regexp = Codes.COUNTRY, message = Codes.COUNTRY_MESSAGE)
        @Schema(description = "ISO 3166-1 alpha-2 country code", example = "US") String country,
        @NotNull
        @Schema(description = "Value-chain layer") Layer layer,
        @Size(max = 20)
        @Schema(description = "Free tags, lower case; stored sorted and without repeats", example = "[\"gpu\"]")
        List<@NotNull @Pattern(regexp = Codes.TAG, message = Codes.TAG_MESSAGE) String> tags,
        @Size(max = 2000)
        @Schema(description = "Free text; may span several lines", example = "GPUs and AI accelerators")
        String description,
        @Size(max = 5)
        @Schema(description = "Nominal fiscal year end, MM-DD; 12-31 if left out (02-29 is refused). "
                + CompanyDetails.FISCAL_YEAR_END_NAMING, pattern = CompanyDetails.FISCAL_YEAR_END, example = "12-31")
        String fiscalYearEnd) implements CompanyDetails {
}
