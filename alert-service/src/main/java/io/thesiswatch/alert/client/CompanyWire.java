package io.thesiswatch.alert.client;

import java.util.List;

import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

/** The JSON alert-service exchanges with company-service, as records. */
public final class CompanyWire {

    private CompanyWire() {
    }

    /** A series to read; a null kind or basis lets company-service choose (the only kind, the subject's basis). */
    public record SeriesSpec(String subject, String metric, Transform transform, Integer window, PeriodKind kind,
            Basis basis, String expression, String unit) {
    }

    public record SeriesQuery(List<SeriesSpec> series, Integer last) {
    }

    /**
     * One series as answered: its metric's name in the catalog (an expression's words), the kind and basis it was
     * read on, and its points oldest first; or an error.
     */
    public record SeriesResult(String subject, String metric, String metricName, String expression,
            Transform transform, Integer window,
            String unit, PeriodKind kind, Basis basis, List<SeriesPoint> points, String error) {
    }

    public record SeriesQueryResponse(List<SeriesResult> results) {
    }

    public record LookupRequest(List<String> subjects, List<String> metrics) {
    }

    public record Subject(String code, String kind) {
    }

    public record LookupResponse(List<Subject> subjects) {
    }
}
