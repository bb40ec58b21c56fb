package io.thesiswatch.thesis.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.Stance;
import io.thesiswatch.thesis.domain.ThesisStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThesisRequest", description = "A thesis to create, or its new state (PUT, which also carries version)")
public record ThesisRequest(
        @NotBlank @Size(max = 200)
        @Schema(example = "The AI infrastructure capex cycle runs through 2027") String title,
        @Size(max = 10000)
        @Schema(example = "Big-6 capex keeps growing; own the picks and shovels.") String summary,
        @NotNull @Schema(example = "LONG") Stance stance,
        @NotNull @Schema(example = "INFRASTRUCTURE") Layer layer,
        @NotNull @Size(min = 1, max = 50)
        @Schema(example = "[\"NVDA\", \"AVGO\", \"SMCI\", \"VRT\"]")
        List<@NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{0,19}", message = "must be an upper-case company code")
                String> companies,
        @NotNull @Min(1) @Max(5) @Schema(description = "1 (low) to 5 (high)", example = "4") Integer conviction,
        @Schema(description = "When the thesis should have played out", example = "2027-12-31") LocalDate horizon,
        @Schema(description = "PUT only: the new status; create always starts ACTIVE", example = "ACTIVE")
        ThesisStatus status,
        @NotNull(groups = OnUpdate.class, message = "is required: send the version you read")
        @Schema(description = "PUT only: the version you read; a stale one answers 409", example = "0") Long version) {
}
