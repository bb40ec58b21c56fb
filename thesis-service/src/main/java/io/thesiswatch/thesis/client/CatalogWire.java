package io.thesiswatch.thesis.client;

import java.util.List;

/** The JSON records of company-service's {@code POST /api/v1/catalog/lookup}, as they travel on the wire. */
public final class CatalogWire {

    private CatalogWire() {
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
