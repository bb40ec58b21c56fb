package io.thesiswatch.company.repository;

public record ObservationKey(long subjectId, long metricId, String period) {
}
