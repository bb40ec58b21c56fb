package io.thesiswatch.alert.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.contract.Operator;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;

/** What alert-service reads from and sends to thesis-service. */
public final class ThesisApi {

    private ThesisApi() {
    }

    public record SeriesRef(String subject, String metric, Transform transform, Integer window) {
    }

    public record Trigger(UUID id, UUID thesisId, String thesisTitle, String thesisStatus, List<String> thesisCompanies,
            String name, SeriesRef series, Operator operator, BigDecimal threshold, BigDecimal clearThreshold,
            int forPeriods, Severity severity) {
    }

    public record TriggerPage(List<Trigger> items, int page, int size, long total) {
    }

    public record Thesis(UUID id, String title, String status) {
    }

    public record RiskEvent(UUID triggerId, String eventId, EventKind kind, Severity severity, BigDecimal value,
            String period, Instant observedAt) {
    }
}
