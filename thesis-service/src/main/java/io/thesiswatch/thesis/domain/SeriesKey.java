package io.thesiswatch.thesis.domain;

/** A company-service series as triggers name it: a subject (company or group) and a metric. */
public record SeriesKey(String subject, String metric) {
}
