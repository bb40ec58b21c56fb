package io.thesiswatch.company.repository;

import io.thesiswatch.contract.PeriodKind;
import java.util.List;
import java.util.Set;

/**
 * The latest observations of a series (newest first) out of its {@code total}, and the kinds of period all of them
 * have.
 */
public record RecentObservations(List<StoredObservation> observations, long total, Set<PeriodKind> kinds) {

    /** Whether older observations of the series were left out. */
    public boolean partial() {
        return observations.size() < total;
    }

    /** The oldest period label read (observations are never empty). */
    public String oldestPeriod() {
        return observations.get(observations.size() - 1).period().label();
    }
}
