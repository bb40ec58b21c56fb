package io.thesiswatch.alert.client;

import java.util.List;

import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.contract.Transform;

/** What alert-service asks company-service. */
public final class CompanyApi {

    private CompanyApi() {
    }

    public record SeriesSpec(String subject, String metric, Transform transform, Integer window) {
    }

    public record SeriesQuery(List<SeriesSpec> series, Integer last) {
    }

    public record SeriesResult(String subject, String metric, Transform transform, Integer window, String unit,
            List<SeriesPoint> points, String error) {
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
