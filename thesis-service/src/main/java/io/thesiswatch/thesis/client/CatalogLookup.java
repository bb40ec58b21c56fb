package io.thesiswatch.thesis.client;

import java.util.List;

/** The request and answer of company-service's {@code POST /api/v1/catalog/lookup}. */
public final class CatalogLookup {

    private CatalogLookup() {
    }

    public record Request(List<String> subjects, List<String> metrics) {
    }

    public record Response(List<Subject> subjects, List<Metric> metrics) {
    }

    public record Subject(String code, String kind) {

        public boolean isCompany() {
            return "COMPANY".equals(kind);
        }
    }

    public record Metric(String code, String unit, boolean additive) {
    }
}
