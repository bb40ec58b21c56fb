package io.thesiswatch.thesis.client;

import java.util.List;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

/** The JSON records of company-service's {@code POST /api/v1/catalog/lookup}, as they travel on the wire. */
public final class CatalogWire {

    /** How many series one lookup may ask about. */
    public static final int MAX_SERIES = 1000;

    private CatalogWire() {
    }

    public record Request(List<String> subjects, List<String> metrics, List<SeriesQuery> series) {
    }

    /** A series to ask about: company-service answers it when both its subject and its metric exist. */
    public record SeriesQuery(String subject, String metric) {
    }

    public record Response(List<Subject> subjects, List<Metric> metrics, List<Series> series) {

        /** The series answered; none when the request asked for none. */
        public List<Series> seriesOrNone() {
            return series == null ? List.of() : series;
        }
    }

    public record Subject(String code, String kind) {

        public boolean isCompany() {
            return "COMPANY".equals(kind);
        }
    }

    public record Metric(String code, String unit, boolean additive) {
    }

    /**
     * The periods of one series: the kinds its stored data has (none before its first value), the bases it can
     * be read on, and the one it is read on when nobody says.
     */
    public record Series(String subject, String metric, List<PeriodKind> kinds, List<Basis> bases,
            Basis defaultBasis) {
    }
}
