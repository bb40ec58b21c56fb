package io.thesiswatch.thesis.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.common.validation.FourDigitYear;
import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThesisCreateRequest", description = "A new thesis about existing companies: it starts ACTIVE at "
        + "version 0, owned by the caller")
public record ThesisCreateRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = ThesisDetails.TITLE, example = "The AI infrastructure capex cycle runs through 2027")
        String title,
        @Size(max = 10000)
        @Schema(nullable = true, description = "Why, possibly on several lines; none when left out",
                example = "Big-6 capex keeps growing; own the picks and shovels.") String summary,
        @NotNull Stance stance,
        @NotNull Layer layer,
        @NotNull @Size(min = 1, max = 50)
        @Schema(description = ThesisDetails.COMPANIES, example = "[\"NVDA\", \"AVGO\", \"SMCI\", \"VRT\"]")
        List<@NotNull @Pattern(regexp = Codes.SUBJECT, message = Codes.COMPANY_MESSAGE) String> companies,
        @NotNull @Min(1) @Max(5) @Schema(description = ThesisDetails.CONVICTION, example = "4") Integer conviction,
        @FourDigitYear
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "When the thesis should have played out; none when left out",
                example = "2027-12-31") LocalDate horizon) implements ThesisDetails {
}
