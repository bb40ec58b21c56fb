package io.thesiswatch.company.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.company.ingest.ObservationWriter;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.HistoryEntry;
import io.thesiswatch.company.api.ObservationRow;
import io.thesiswatch.company.api.UpsertResult;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.company.mapping.ObservationMapper;
import io.thesiswatch.company.repository.CodeResolver;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.ObservationStore;

/** Batch writes of observation rows (all or nothing) and the history of one observation. */
@ApplicationScoped
public class ObservationService {

    private final ObservationRowValidator validator;
    private final ObservationWriter writer;
    private final CodeResolver codes;
    private final ObservationStore store;

    public ObservationService(ObservationRowValidator validator, ObservationWriter writer, CodeResolver codes,
            ObservationStore store) {
        this.validator = validator;
        this.writer = writer;
        this.codes = codes;
        this.store = store;
    }

    /**
     * Validates every row, then writes them all, or throws with every bad row and stores nothing.
     * {@code fileLines} (CSV input) gives each row's line in the file, for the error list.
     */
    @Transactional
    public UpsertResult ingest(List<ObservationRow> rows, List<Integer> fileLines) {
        return ObservationMapper.toResponse(writer.write(validator.validate(rows, fileLines)));
    }

    @Transactional
    public List<HistoryEntry> history(String subjectCode, String metricCode, String periodText) {
        PeriodLabel period;
        try {
            period = PeriodLabel.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("period", e.getMessage());
        }
        Long subjectId = codes.subjectIds(Set.of(subjectCode)).get(subjectCode);
        if (subjectId == null) {
            throw ResourceNotFoundException.of("Subject", subjectCode);
        }
        MetricRef metric = codes.metrics(Set.of(metricCode)).get(metricCode);
        if (metric == null) {
            throw ResourceNotFoundException.of("Metric", metricCode);
        }
        return store.history(subjectId, metric.id(), period.label())
                .orElseThrow(() -> new ResourceNotFoundException(
                        "No observation of " + metricCode + " for " + subjectCode + " in " + period.label()))
                .stream().map(ObservationMapper::toResponse).toList();
    }
}
