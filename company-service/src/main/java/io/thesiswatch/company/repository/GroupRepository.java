package io.thesiswatch.company.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.company.domain.CompanyGroup;

@ApplicationScoped
public class GroupRepository implements PanacheRepository<CompanyGroup> {

    public Optional<CompanyGroup> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PageResult<CompanyGroup> all(PageParams paging) {
        return PageResult.of(findAll(Sort.by("code")), paging);
    }
}
