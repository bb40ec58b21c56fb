package io.thesiswatch.company.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeriesQueryResponse", description = "The series in the order asked")
public record SeriesQueryResponse(List<SeriesResult> results) {
}
