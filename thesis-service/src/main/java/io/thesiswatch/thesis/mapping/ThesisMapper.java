package io.thesiswatch.thesis.mapping;

import java.util.List;

import io.thesiswatch.thesis.api.JournalEntryResponse;
import io.thesiswatch.thesis.api.SeriesRef;
import io.thesiswatch.thesis.api.ThesisResponse;
import io.thesiswatch.thesis.api.TriggerResponse;
import io.thesiswatch.thesis.domain.JournalEntry;
import io.thesiswatch.thesis.domain.RiskTrigger;
import io.thesiswatch.thesis.domain.Thesis;

/** Entities to API records; entities never leave the service layer. */
public final class ThesisMapper {

    private ThesisMapper() {
    }

    public static ThesisResponse toResponse(Thesis t) {
        return new ThesisResponse(t.id, t.title, t.summary, t.stance, t.layer, List.copyOf(t.companies), t.conviction,
                t.horizon, t.owner, t.status, t.version, t.createdAt, t.updatedAt);
    }

    public static TriggerResponse toResponse(RiskTrigger t) {
        Thesis thesis = t.thesis;
        SeriesRef series = new SeriesRef(t.subject, t.metric, t.transform, t.window, t.kind, t.basis, t.expression,
                t.unit);
        return new TriggerResponse(t.id, thesis.id, thesis.title, thesis.status, List.copyOf(thesis.companies), t.name,
                series, t.operator, t.threshold, t.clearThreshold, t.forPeriods, t.severity, t.enabled,
                t.snoozedUntil, t.version, t.createdAt, t.updatedAt);
    }

    public static JournalEntryResponse toResponse(JournalEntry e) {
        return new JournalEntryResponse(e.id, e.thesisId, e.kind, e.system, e.note, e.author, e.triggerId, e.value,
                e.period, e.createdAt);
    }
}
