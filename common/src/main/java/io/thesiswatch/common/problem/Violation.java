package io.thesiswatch.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong with a request: the field that failed and why. {@code row} is set for batch input
 * (1-based data row of a JSON array or CSV file), {@code line} for CSV input (the file's line number).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Violation", description = "One field that failed validation")
public record Violation(
        @Schema(description = "1-based row of a batch, when the request was a batch", example = "3") Integer row,
        @Schema(description = "Line of the CSV file (the header is line 1), for CSV input", example = "4") Integer line,
        @Schema(required = true, description = "The field that failed", example = "period") String field,
        @Schema(required = true, description = "What is wrong with it",
                example = "must be a period label such as 2024, 2024-Q3, 2024-07 or 2024-07-15") String message) {

    public static Violation of(String field, String message) {
        return new Violation(null, null, field, message);
    }

    public static Violation atRow(int row, String field, String message) {
        return new Violation(row, null, field, message);
    }

    public Violation withLine(int fileLine) {
        return new Violation(row, fileLine, field, message);
    }
}
