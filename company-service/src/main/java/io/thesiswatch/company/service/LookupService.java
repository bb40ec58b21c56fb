package io.thesiswatch.company.service;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.company.api.LookupRequest;
import io.thesiswatch.company.api.LookupResponse;
import io.thesiswatch.company.api.LookupResponse.FoundMetric;
import io.thesiswatch.company.api.LookupResponse.FoundSubject;
import io.thesiswatch.company.repository.CodeResolver;

/** Which of many codes exist: what other services ask before they store a reference to the catalog. */
@ApplicationScoped
public class LookupService {

    private final CodeResolver codes;

    public LookupService(CodeResolver codes) {
        this.codes = codes;
    }

    @Transactional
    public LookupResponse lookup(LookupRequest request) {
        List<FoundSubject> subjects = codes.subjects(request.subjects() == null ? List.of() : request.subjects())
                .values().stream()
                .map(s -> new FoundSubject(s.code(), s.group() ? "GROUP" : "COMPANY"))
                .sorted(Comparator.comparing(FoundSubject::code))
                .toList();
        List<FoundMetric> metrics = codes.metrics(request.metrics() == null ? List.of() : request.metrics())
                .values().stream()
                .map(m -> new FoundMetric(m.code(), m.unit(), m.additive()))
                .sorted(Comparator.comparing(FoundMetric::code))
                .toList();
        return new LookupResponse(subjects, metrics);
    }
}
