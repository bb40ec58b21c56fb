package io.thesiswatch.company.service;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.company.api.CompanyCreateRequest;
import io.thesiswatch.company.api.CompanyDetails;
import io.thesiswatch.company.api.CompanyResponse;
import io.thesiswatch.company.api.CompanyUpdateRequest;
import io.thesiswatch.company.domain.Company;
import io.thesiswatch.company.domain.FiscalYearEnd;
import io.thesiswatch.company.domain.Layer;
import io.thesiswatch.company.mapping.CatalogMapper;
import io.thesiswatch.company.repository.CompanyRepository;
import io.thesiswatch.company.repository.ObservationStore;
import io.thesiswatch.company.repository.SubjectRepository;

@ApplicationScoped
public class CompanyService {

    private final CompanyRepository companies;
    private final SubjectRepository subjects;
    private final ObservationStore observations;

    public CompanyService(CompanyRepository companies, SubjectRepository subjects, ObservationStore observations) {
        this.companies = companies;
        this.subjects = subjects;
        this.observations = observations;
    }

    @Transactional
    public CompanyResponse create(CompanyCreateRequest request) {
        subjects.findByCode(request.code()).ifPresent(existing -> {
            throw new ConflictException("Code '" + request.code() + "' is already used by a "
                    + (existing instanceof Company ? "company" : "group"));
        });
        Company company = new Company();
        company.code = request.code();
        company.createdAt = Instant.now();
        apply(company, request);
        companies.persist(company);
        return CatalogMapper.toResponse(company);
    }

    @Transactional
    public Optional<CompanyResponse> find(String code) {
        return companies.findByCode(code).map(CatalogMapper::toResponse);
    }

    @Transactional
    public PageResult<CompanyResponse> search(Layer layer, String tag, String text, PageParams paging) {
        return companies.search(layer, tag, text, paging).map(CatalogMapper::toResponse);
    }

    @Transactional
    public CompanyResponse update(String code, CompanyUpdateRequest request) {
        Company company = companies.findByCode(code).orElseThrow(() -> ResourceNotFoundException.of("Company", code));
        if (request.code() != null && !request.code().equals(code)) {
            throw InvalidInputException.of("code", "must match the code in the path, or be left out");
        }
        apply(company, request);
        return CatalogMapper.toResponse(company);
    }

    @Transactional
    public void delete(String code) {
        Company company = companies.findByCode(code).orElseThrow(() -> ResourceNotFoundException.of("Company", code));
        var groups = companies.groupCodesContaining(company);
        if (!groups.isEmpty()) {
            throw new ConflictException("Company '" + code + "' is a member of group(s) " + String.join(", ", groups)
                    + "; remove it from them first");
        }
        long count = observations.countForSubject(company.id);
        if (count > 0) {
            throw new ConflictException("Company '" + code + "' has " + count
                    + " observation(s); it cannot be deleted");
        }
        companies.delete(company);
    }

    private static FiscalYearEnd yearEnd(String text) {
        try {
            return FiscalYearEnd.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("fiscalYearEnd", e.getMessage());
        }
    }

    private static void apply(Company company, CompanyDetails details) {
        company.name = details.name().trim();
        company.exchange = details.exchange();
        company.country = details.country();
        company.layer = details.layer();
        company.description = details.description();
        if (details.fiscalYearEnd() != null) {
            company.fiscalYearEnd = yearEnd(details.fiscalYearEnd()).toString();
        }
        company.tags.clear();
        if (details.tags() != null) {
            company.tags.addAll(new TreeSet<>(details.tags()));
        }
        company.updatedAt = Instant.now();
    }
}
