package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupRequest", description = "A group of companies to create, or its new state (PUT; code may be left out)")
public record GroupRequest(
        @NotBlank(groups = OnCreate.class)
        @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE)
        @Schema(example = "BIG6") String code,
        @NotBlank @Size(max = 200)
        @Schema(example = "The six tech giants") String name,
        @NotNull @Size(min = 1, max = 500)
        @Schema(description = "Codes of existing companies", example = "[\"AAPL\", \"NVDA\", \"MSFT\", \"GOOGL\", \"AMZN\", \"META\"]")
        List<@NotNull @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE) String> members,
        @Size(max = 2000) String description) {
}
