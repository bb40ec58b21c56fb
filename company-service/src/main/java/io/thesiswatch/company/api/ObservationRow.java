package io.thesiswatch.company.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of an observation batch, as sent. Rows are validated together by the service so that the
 * answer lists every bad row at once; {@code value} is read as a node for that reason.
 */
@Schema(name = "ObservationRow")
public record ObservationRow(
        @Schema(example = "BIG6") String subject,
        @Schema(example = "CAPEX") String metric,
        @Schema(example = "2024") String period,
        @Schema(type = SchemaType.NUMBER, example = "212000000000") JsonNode value,
        @Schema(example = "https://www.cmoney.tw/notes/?bid=22811&id=781532") String source) {
}
