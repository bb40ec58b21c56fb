package io.thesiswatch.company.mapping;

import io.thesiswatch.company.api.HistoryEntry;
import io.thesiswatch.company.api.UpsertResult;
import io.thesiswatch.company.domain.RecordedValue;
import io.thesiswatch.company.domain.UpsertCounts;

/** Observation results to API records. */
public final class ObservationMapper {

    private ObservationMapper() {
    }

    public static UpsertResult toResponse(UpsertCounts counts) {
        return new UpsertResult(counts.inserted(), counts.updated(), counts.unchanged());
    }

    public static HistoryEntry toResponse(RecordedValue value) {
        return new HistoryEntry(value.value(), value.source(), value.recordedAt(), value.supersededAt(),
                value.current());
    }
}
