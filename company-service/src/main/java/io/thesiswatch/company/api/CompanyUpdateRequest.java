package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.company.domain.Layer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompanyUpdateRequest", description = "A company's new state, replacing the old one (the code is in "
        + "the path and does not change): fields left out are cleared, except fiscalYearEnd, which is kept")
public record CompanyUpdateRequest(
        @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE)
        @Schema(description = "Best left out; if sent, it must be the code in the path (400 otherwise)",
                example = "NVDA") String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Display name", example = "NVIDIA") String name,
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
        @Schema(description = "Free text; may span several lines", example = "GPUs and the CUDA developer platform")
        String description,
        @Size(max = 5)
        @Schema(description = "Nominal fiscal year end, MM-DD; kept as it is if left out (02-29 is refused). "
                + CompanyDetails.FISCAL_YEAR_END_NAMING, pattern = CompanyDetails.FISCAL_YEAR_END, example = "01-28")
        String fiscalYearEnd) implements CompanyDetails {
}
