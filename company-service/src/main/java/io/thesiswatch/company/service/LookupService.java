package io.thesiswatch.company.service;

import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.thesiswatch.company.api.LookupResponse.FoundSeries;
import io.thesiswatch.company.repository.MetricRef;
import io.thesiswatch.company.repository.ObservationStore;
import io.thesiswatch.company.repository.SeriesKey;
import io.thesiswatch.company.repository.SubjectRef;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.company.api.LookupRequest;
import io.thesiswatch.company.api.LookupResponse;
import io.thesiswatch.company.api.LookupResponse.FoundMetric;
import io.thesiswatch.company.api.LookupResponse.FoundSubject;
import io.thesiswatch.company.api.SubjectKind;
import io.thesiswatch.company.repository.CodeResolver;

/** Which of many codes exist: what other services ask before they store a reference to the catalog. */
@ApplicationScoped
public class LookupService {

    private final CodeResolver codes;
    private final ObservationStore store;

    public LookupService(CodeResolver codes, ObservationStore store) {
        this.codes = codes;
        this.store = store;
    }

    @Transactional
    public LookupResponse lookup(LookupRequest request) {
        List<FoundSubject> subjects = codes.subjects(request.subjects() == null ? List.of() : request.subjects())
                .values().stream()
                .map(s -> new FoundSubject(s.code(), SubjectKind.of(s.group())))
                .sorted(Comparator.comparing(FoundSubject::code))
                .toList();
        List<FoundMetric> metrics = codes.metrics(request.metrics() == null ? List.of() : request.metrics())
                .values().stream()
                .map(m -> new FoundMetric(m.code(), m.unit(), m.additive()))
                .sorted(Comparator.comparing(FoundMetric::code))
                .toList();
        return new LookupResponse(subjects, metrics, series(request.series() == null ? List.of() : request.series()));
    }

    /** Kinds and bases of each asked series whose subject and metric exist (three queries whatever the count). */
    private List<FoundSeries> series(List<LookupRequest.SeriesRef> asked) {
        if (asked.isEmpty()) {
            return List.of();
        }
        Map<String, SubjectRef> subjects = codes.subjects(
                asked.stream().map(LookupRequest.SeriesRef::subject).toList());
        Map<String, MetricRef> metrics = codes.metrics(asked.stream().map(LookupRequest.SeriesRef::metric).toList());
        Set<SeriesKey> keys = new HashSet<>();
        for (LookupRequest.SeriesRef ref : asked) {
            SubjectRef s = subjects.get(ref.subject());
            MetricRef m = metrics.get(ref.metric());
            if (s != null && m != null) {
                keys.add(new SeriesKey(s.id(), m.id()));
                s.memberIds().forEach(member -> keys.add(new SeriesKey(member, m.id())));
            }
        }
        Map<SeriesKey, Set<PeriodKind>> kinds = store.kinds(keys);
        List<FoundSeries> found = new ArrayList<>();
        for (LookupRequest.SeriesRef ref : asked) {
            SubjectRef s = subjects.get(ref.subject());
            MetricRef m = metrics.get(ref.metric());
            if (s == null || m == null) {
                continue;
            }
            Set<PeriodKind> present = EnumSet.noneOf(PeriodKind.class);
            SeriesKey own = new SeriesKey(s.id(), m.id());
            if (kinds.containsKey(own) || !s.group() || !m.additive()) {
                present.addAll(kinds.getOrDefault(own, Set.of()));
            } else {
                s.memberIds().forEach(member -> present.addAll(
                        kinds.getOrDefault(new SeriesKey(member, m.id()), Set.of())));
            }
            found.add(new FoundSeries(ref.subject(), ref.metric(), List.copyOf(present), SeriesAssembly.bases(s),
                    Basis.defaultFor(s.group())));
        }
        return found;
    }
}
