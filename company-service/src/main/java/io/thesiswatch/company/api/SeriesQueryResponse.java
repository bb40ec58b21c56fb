package io.thesiswatch.company.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesQueryResponse", description = "The answers of a batch query")
public record SeriesQueryResponse(
        @Schema(required = true, description = "One result per series asked, in the order asked")
        List<SeriesResult> results) {
}
