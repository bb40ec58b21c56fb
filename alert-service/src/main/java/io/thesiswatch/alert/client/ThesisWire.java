package io.thesiswatch.alert.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;

/** The JSON alert-service reads from and sends to thesis-service, as records. */
public final class ThesisWire {

    private ThesisWire() {
    }

    /** The series a trigger watches; kind and basis are null for an old trigger that has not got them yet. */
    public record SeriesRef(String subject, String metric, Transform transform, Integer window, PeriodKind kind,
            Basis basis, String expression, String unit) {

        /** A series of one subject and metric. */
        public SeriesRef(String subject, String metric, Transform transform, Integer window, PeriodKind kind,
                Basis basis) {
            this(subject, metric, transform, window, kind, basis, null, null);
        }
    }

    public record Trigger(UUID id, UUID thesisId, String thesisTitle, String thesisStatus, List<String> thesisCompanies,
            String name, SeriesRef series, Operator operator, BigDecimal threshold, BigDecimal clearThreshold,
            int forPeriods, Severity severity, Instant snoozedUntil) {
    }

    public record TriggerPage(List<Trigger> items, int page, int size, long total) {
    }

    /** The last id of every range but the last; null or empty: one range holds them all. */
    public record TriggerRanges(int size, List<UUID> boundaries) {

        public List<UUID> boundariesOrNone() {
            return boundaries == null ? List.of() : boundaries;
        }
    }

    public record Thesis(UUID id, String title, String status) {
    }

    /** A fired or resolved trigger; {@code basis} names the period's basis (the trigger's when null). */
    public record RiskEvent(UUID triggerId, String eventId, EventKind kind, Severity severity, BigDecimal value,
            String period, Basis basis, Instant observedAt, String seriesInWords) {
    }
}
