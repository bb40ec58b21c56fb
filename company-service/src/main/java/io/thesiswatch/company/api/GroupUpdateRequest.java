package io.thesiswatch.company.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupUpdateRequest", description = "A group's new name, members and description, replacing the old "
        + "ones (the code is in the path and does not change)")
public record GroupUpdateRequest(
        @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE)
        @Schema(description = "Best left out; if sent, it must be the code in the path (400 otherwise)",
                example = "BIG6") String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "Display name", example = "The six tech giants") String name,
        @NotNull @Size(min = 1, max = 500)
        @Schema(description = "Codes of existing companies (not groups); repeats are dropped",
                example = "[\"AAPL\", \"NVDA\", \"MSFT\", \"GOOGL\", \"AMZN\", \"META\"]")
        List<@NotNull @Pattern(regexp = Codes.SUBJECT, message = Codes.SUBJECT_MESSAGE) String> members,
        @Size(max = 2000)
        @Schema(description = "Free text; may span several lines; cleared if left out",
                example = "Apple, NVIDIA, Microsoft, Alphabet, Amazon, Meta")
        String description) implements GroupDetails {
}
