package io.thesiswatch.alert.service.check;

import java.util.List;

import io.thesiswatch.alert.domain.SeriesPoint;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

/**
 * The series one trigger watches, as a check read it: its latest points (oldest first), unit, its metric's name,
 * the kind and basis company-service read it on (null when it did not say), and error or null.
 */
record SeriesReading(List<SeriesPoint> points, String unit, String metricName, PeriodKind kind, Basis basis,
        String error) {

    static SeriesReading failed(String error) {
        return new SeriesReading(List.of(), null, null, null, null, error);
    }
}
