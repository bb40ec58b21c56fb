package io.thesiswatch.company.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.company.domain.Observation;
import io.thesiswatch.company.domain.UpsertCounts;
import io.thesiswatch.company.repository.CodeResolver;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.NewObservation;
import io.thesiswatch.company.repository.ObservationKey;
import io.thesiswatch.company.repository.ObservationStore;

/**
 * Writes observations of existing subjects and metrics, any number at once: a new one is inserted, a
 * changed one restated with its previous value kept in the history, an equal one left alone. The batch
 * costs a fixed number of statements whatever its size (see {@link ObservationStore}).
 */
@ApplicationScoped
public class ObservationWriter {

    private final CodeResolver codes;
    private final ObservationStore store;

    public ObservationWriter(CodeResolver codes, ObservationStore store) {
        this.codes = codes;
        this.store = store;
    }

    /** Fails with {@link IllegalArgumentException} on an unknown code or two observations of one period. */
    @Transactional
    public UpsertCounts write(List<Observation> observations) {
        if (observations.isEmpty()) {
            return new UpsertCounts(0, 0, 0);
        }
        Map<String, Long> subjects = codes.subjectIds(
                observations.stream().map(Observation::subject).collect(Collectors.toSet()));
        Map<String, MetricRef> metrics = codes.metrics(
                observations.stream().map(Observation::metric).collect(Collectors.toSet()));
        List<NewObservation> rows = new ArrayList<>(observations.size());
        Set<ObservationKey> keys = new HashSet<>();
        for (Observation observation : observations) {
            Long subjectId = subjects.get(observation.subject());
            MetricRef metric = metrics.get(observation.metric());
            if (subjectId == null || metric == null) {
                throw new IllegalArgumentException("Unknown subject or metric in " + observation);
            }
            NewObservation row = new NewObservation(subjectId, metric.id(), observation.period().label(),
                    observation.period().kind(), observation.value(), observation.source(), observation.start(),
                    observation.end(), observation.derived());
            if (!keys.add(row.key())) {
                throw new IllegalArgumentException("Two observations of one period: " + observation);
            }
            rows.add(row);
        }
        return store.upsert(rows);
    }
}
