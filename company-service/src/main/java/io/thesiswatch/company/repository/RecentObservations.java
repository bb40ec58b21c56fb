package io.thesiswatch.company.repository;

import io.thesiswatch.contract.PeriodKind;
import java.util.List;
import java.util.Set;

/**
 * The latest observations of a series, newest first, never empty; whether older ones were left out; and the kinds
 * of period of all its observations when they were asked for (null otherwise).
 */
public record RecentObservations(List<StoredObservation> observations, boolean partial, Set<PeriodKind> kinds) {

    /** The oldest period label read. */
    public String oldestPeriod() {
        return observations.get(observations.size() - 1).period().label();
    }
}
