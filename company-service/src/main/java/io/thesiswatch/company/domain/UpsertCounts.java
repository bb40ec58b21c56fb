package io.thesiswatch.company.domain;

/** What writing a batch of observations changed: new ones, restated ones, and ones equal to what was stored. */
public record UpsertCounts(int inserted, int updated, int unchanged) {
}
