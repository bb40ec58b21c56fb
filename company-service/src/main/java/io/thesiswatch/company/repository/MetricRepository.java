package io.thesiswatch.company.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.company.domain.Metric;

@ApplicationScoped
public class MetricRepository implements PanacheRepository<Metric> {

    public Optional<Metric> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PageResult<Metric> all(PageParams paging) {
        return PageResult.of(findAll(Sort.by("code")), paging);
    }
}
