package io.thesiswatch.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, the body of every error answer")
public record Problem(
        @Schema(required = true, description = "URI that names the kind of problem",
                example = "https://thesiswatch.io/problems/validation") String type,
        @Schema(required = true, description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(required = true, description = "HTTP status", example = "400") int status,
        @Schema(description = "What went wrong this time", example = "2 fields are invalid") String detail,
        @Schema(description = "The request path", example = "/api/v1/companies") String instance,
        @Schema(description = "The fields that failed, for validation problems") List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://thesiswatch.io/problems/";
}
