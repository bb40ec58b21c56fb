package io.thesiswatch.company.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.company.api.GroupCreateRequest;
import io.thesiswatch.company.api.GroupDetails;
import io.thesiswatch.company.api.GroupResponse;
import io.thesiswatch.company.api.GroupUpdateRequest;
import io.thesiswatch.company.domain.Company;
import io.thesiswatch.company.domain.CompanyGroup;
import io.thesiswatch.company.mapping.CatalogMapper;
import io.thesiswatch.company.repository.CompanyRepository;
import io.thesiswatch.company.repository.GroupRepository;
import io.thesiswatch.company.repository.ObservationStore;
import io.thesiswatch.company.repository.SubjectRepository;

@ApplicationScoped
public class GroupService {

    private final GroupRepository groups;
    private final CompanyRepository companies;
    private final SubjectRepository subjects;
    private final ObservationStore observations;

    public GroupService(GroupRepository groups, CompanyRepository companies, SubjectRepository subjects,
            ObservationStore observations) {
        this.groups = groups;
        this.companies = companies;
        this.subjects = subjects;
        this.observations = observations;
    }

    @Transactional
    public GroupResponse create(GroupCreateRequest request) {
        subjects.findByCode(request.code()).ifPresent(existing -> {
            throw new ConflictException("Code '" + request.code() + "' is already used by a "
                    + (existing instanceof CompanyGroup ? "group" : "company"));
        });
        CompanyGroup group = new CompanyGroup();
        group.code = request.code();
        group.createdAt = Instant.now();
        apply(group, request);
        groups.persist(group);
        return CatalogMapper.toResponse(group);
    }

    @Transactional
    public Optional<GroupResponse> find(String code) {
        return groups.findByCode(code).map(CatalogMapper::toResponse);
    }

    @Transactional
    public PageResult<GroupResponse> list(PageParams paging) {
        return groups.all(paging).map(CatalogMapper::toResponse);
    }

    @Transactional
    public GroupResponse update(String code, GroupUpdateRequest request) {
        CompanyGroup group = groups.findByCode(code).orElseThrow(() -> ResourceNotFoundException.of("Group", code));
        if (request.code() != null && !request.code().equals(code)) {
            throw InvalidInputException.of("code", "must match the code in the path, or be left out");
        }
        apply(group, request);
        return CatalogMapper.toResponse(group);
    }

    @Transactional
    public void delete(String code) {
        CompanyGroup group = groups.findByCode(code).orElseThrow(() -> ResourceNotFoundException.of("Group", code));
        long count = observations.countForSubject(group.id);
        if (count > 0) {
            throw new ConflictException("Group '" + code + "' has " + count + " observation(s); it cannot be deleted");
        }
        groups.delete(group);
    }

    private void apply(CompanyGroup group, GroupDetails details) {
        Set<String> codes = new LinkedHashSet<>(details.members());
        Map<String, Company> found = companies.findByCodes(codes).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<Violation> unknown = new ArrayList<>();
        int index = 0;
        for (String member : details.members()) {
            if (!found.containsKey(member)) {
                boolean isGroup = subjects.findByCode(member).isPresent();
                unknown.add(Violation.of("members[" + index + "]", isGroup
                        ? "'" + member + "' is a group; members must be companies"
                        : "unknown company '" + member + "'"));
            }
            index++;
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.size() + " member(s) are not existing companies", unknown);
        }
        group.name = details.name().trim();
        group.description = details.description();
        group.members.clear();
        codes.stream().map(found::get).sorted(Comparator.comparing(c -> c.code)).forEach(group.members::add);
        group.updatedAt = Instant.now();
    }
}
