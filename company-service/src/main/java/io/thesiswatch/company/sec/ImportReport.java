package io.thesiswatch.company.sec;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an SEC companyfacts import read and changed")
public record ImportReport(
        @Schema(example = "NVDA") String subject,
        @Schema(example = "1045810") String cik,
        @Schema(example = "NVIDIA CORP") String entityName,
        @Schema(description = "USD facts of the mapped concepts that were read", example = "360") int factsRead,
        List<MetricImport> metrics) {

    @Schema(name = "MetricImport")
    public record MetricImport(
            @Schema(example = "CAPEX") String metric,
            @Schema(description = "The us-gaap concepts that gave values, in the configured order")
            List<String> conceptsUsed,
            @Schema(example = "6") int annual,
            @Schema(example = "20") int quarterly,
            int inserted,
            int updated,
            int unchanged,
            @Schema(description = "Whether the metric was added to the catalog by this import") boolean metricCreated) {
    }
}
