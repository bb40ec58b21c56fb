package io.thesiswatch.company.repository;

/** One stored series: the observations of one subject for one metric. */
public record SeriesKey(long subjectId, long metricId) {
}
