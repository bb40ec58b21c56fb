package io.thesiswatch.company.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.company.domain.Observation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of an observation batch, as sent. Rows are validated together by the service so that the
 * answer lists every bad row at once; {@code value} is read as a node for that reason.
 */
@Schema(name = "ObservationRow", description = "One observation to record. Every field is checked by the service, "
        + "which lists every bad row at once")
public record ObservationRow(
        @Schema(required = true, description = "A company or group code", pattern = Codes.SUBJECT, example = "BIG6")
        String subject,
        @Schema(required = true, description = "A metric code", pattern = Codes.METRIC, example = "CAPEX")
        String metric,
        @Schema(required = true, description = "The period's label: 2024, 2024-Q3, 2024-07 or 2024-07-15",
                example = "2024") String period,
        @Schema(required = true, implementation = String.class, pattern = DECIMAL, example = "212000000000",
                description = "The value as a decimal string, which keeps every digit (\"0.1234567890123456789\"); "
                        + "a JSON number is accepted too")
        JsonNode value,
        @Schema(description = "Where the value came from (a filing, an article)",
                maxLength = Observation.MAX_SOURCE_LENGTH,
                example = "Seed article: the six tech giants spent USD 212 billion of capex together in 2024")
        String source) {

    /** What the service reads as a decimal (it trims the text first). */
    static final String DECIMAL = "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?";
}
