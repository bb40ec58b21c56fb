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
import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThesisUpdateRequest", description = "A thesis' new state, replacing the old one (summary and horizon "
        + "left out are cleared, status left out is kept), with the version it was read at")
public record ThesisUpdateRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = ThesisDetails.TITLE, example = "The AI infrastructure capex cycle runs through 2027")
        String title,
        @Size(max = 10000)
        @Schema(nullable = true, description = "Why, possibly on several lines; cleared when left out",
                example = "Big-6 capex keeps growing; own the picks and shovels.") String summary,
        @NotNull Stance stance,
        @NotNull Layer layer,
        @NotNull @Size(min = 1, max = 50)
        @Schema(description = ThesisDetails.COMPANIES + "; only added ones are checked",
                example = "[\"NVDA\", \"AVGO\"]")
        List<@NotNull @Pattern(regexp = Codes.SUBJECT, message = Codes.COMPANY_MESSAGE) String> companies,
        @NotNull @Min(1) @Max(5) @Schema(description = ThesisDetails.CONVICTION, example = "4") Integer conviction,
        @FourDigitYear
        @Schema(nullable = true, implementation = String.class, format = "date",
                description = "When the thesis should have played out; cleared when left out",
                example = "2027-12-31") LocalDate horizon,
        @Schema(nullable = true, description = "The new status; kept when left out (a critical trigger firing sets "
                + "AT_RISK by itself)", example = "CLOSED") ThesisStatus status,
        @NotNull(message = "is required: send the version you read")
        @Schema(description = "The version you read; a stale one answers 409", example = "0") Long version)
        implements ThesisDetails {
}
