package io.thesiswatch.company.sec;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an SEC companyfacts import read and changed")
public record ImportReport(
        @Schema(required = true, description = "The company the file is about", example = "NVDA") String subject,
        @Schema(required = true, description = "The company's SEC Central Index Key, as the file gives it",
                example = "1045810") String cik,
        @Schema(required = true, nullable = true, description = "The company's name in the file; null when it has none",
                example = "NVIDIA CORP") String entityName,
        @Schema(required = true, description = "USD facts of the mapped concepts that were read", example = "360")
        int factsRead,
        @Schema(required = true, description = "Per configured metric, what was read and changed")
        List<MetricImport> metrics) {

    @Schema(name = "MetricImport", description = "What an import read and changed for one metric")
    public record MetricImport(
            @Schema(required = true, example = "CAPEX") String metric,
            @Schema(required = true, description = "The us-gaap concepts that gave values, in the configured order",
                    example = "[\"PaymentsToAcquirePropertyPlantAndEquipment\", \"PaymentsToAcquireProductiveAssets\"]")
            List<String> conceptsUsed,
            @Schema(required = true, description = "Fiscal years found", example = "6") int annual,
            @Schema(required = true, description = "Fiscal quarters found or derived", example = "20") int quarterly,
            @Schema(required = true, description = "New observations", example = "26") int inserted,
            @Schema(required = true, description = "Observations whose value or source changed", example = "0")
            int updated,
            @Schema(required = true, description = "Observations equal to what was stored", example = "0")
            int unchanged,
            @Schema(required = true, description = "Whether the metric was added to the catalog by this import")
            boolean metricCreated) {
    }
}
