package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupCreateRequest", description = "A group of existing companies to add; its code is required and "
        + "must not be used by another company or group")
public record GroupCreateRequest(
        @NotBlank @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE)
        @Schema(example = "CLOUD3") String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Display name", example = "The three clouds") String name,
        @NotNull @Size(min = 1, max = 500)
        @Schema(description = "Codes of existing companies (not groups); repeats are dropped",
                example = "[\"AMZN\", \"MSFT\", \"GOOGL\"]")
        List<@NotNull @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE) String> members,
        @Size(max = 2000)
        @Schema(description = "Free text; may span several lines",
                example = "AWS, Azure and Google Cloud") String description) implements GroupDetails {
}
