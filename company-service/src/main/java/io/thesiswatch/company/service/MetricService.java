package io.thesiswatch.company.service;

import io.thesiswatch.company.domain.Temporal;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.company.api.MetricRequest;
import io.thesiswatch.company.api.MetricResponse;
import io.thesiswatch.company.domain.Metric;
import io.thesiswatch.company.mapping.CatalogMapper;
import io.thesiswatch.company.repository.MetricRepository;

@ApplicationScoped
public class MetricService {

    private final MetricRepository metrics;

    public MetricService(MetricRepository metrics) {
        this.metrics = metrics;
    }

    @Transactional
    public MetricResponse create(MetricRequest request) {
        if (metrics.findByCode(request.code()).isPresent()) {
            throw new ConflictException("Metric '" + request.code() + "' already exists");
        }
        Metric metric = new Metric();
        metric.code = request.code();
        metric.name = request.name().trim();
        metric.unit = request.unit();
        metric.additive = request.additive();
        metric.temporal = request.temporal() == null ? Temporal.defaultFor(request.unit()) : request.temporal();
        metric.description = request.description();
        metric.createdAt = Instant.now();
        metrics.persist(metric);
        return CatalogMapper.toResponse(metric);
    }

    @Transactional
    public Optional<MetricResponse> find(String code) {
        return metrics.findByCode(code).map(CatalogMapper::toResponse);
    }

    @Transactional
    public PageResult<MetricResponse> list(PageParams paging) {
        return metrics.all(paging).map(CatalogMapper::toResponse);
    }
}
