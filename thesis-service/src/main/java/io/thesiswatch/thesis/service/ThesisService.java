package io.thesiswatch.thesis.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.thesis.api.ThesisCreateRequest;
import io.thesiswatch.thesis.api.ThesisDetails;
import io.thesiswatch.thesis.api.ThesisResponse;
import io.thesiswatch.thesis.api.ThesisUpdateRequest;
import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.Thesis;
import io.thesiswatch.thesis.domain.ThesisStatus;
import io.thesiswatch.thesis.mapping.ThesisMapper;
import io.thesiswatch.thesis.repository.ThesisRepository;
import io.thesiswatch.thesis.security.Caller;

/**
 * Theses. Company codes are checked with company-service before a transaction opens, so that no
 * database connection waits on the network.
 */
@ApplicationScoped
public class ThesisService {

    private final ThesisRepository theses;
    private final CatalogCheck catalog;
    private final Caller caller;

    public ThesisService(ThesisRepository theses, CatalogCheck catalog, Caller caller) {
        this.theses = theses;
        this.catalog = catalog;
        this.caller = caller;
    }

    public ThesisResponse create(ThesisCreateRequest request) {
        List<String> companies = distinct(request.companies());
        catalog.requireCompanies(companies);
        return QuarkusTransaction.requiringNew().call(() -> {
            Thesis thesis = new Thesis();
            thesis.id = UUID.randomUUID();
            thesis.createdAt = Instant.now();
            thesis.status = ThesisStatus.ACTIVE;
            thesis.owner = caller.name();
            apply(thesis, request, companies);
            theses.persistAndFlush(thesis);
            return ThesisMapper.toResponse(thesis);
        });
    }

    /** Reads take no transaction; {@link TriggerService#find(UUID)} says why. */
    public Optional<ThesisResponse> find(UUID id) {
        return theses.findByIdOptional(id).map(ThesisMapper::toResponse);
    }

    public PageResult<ThesisResponse> search(ThesisStatus status, String company, Layer layer, PageParams paging) {
        return theses.search(status, company, layer, paging).map(ThesisMapper::toResponse);
    }

    public ThesisResponse update(UUID id, ThesisUpdateRequest request) {
        List<String> companies = distinct(request.companies());
        List<String> current = QuarkusTransaction.requiringNew()
                .call(() -> List.copyOf(current(id, request.version()).companies));
        List<String> added = new ArrayList<>(companies);
        added.removeAll(current);
        if (!added.isEmpty()) {
            catalog.requireCompanies(companies);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Thesis thesis = current(id, request.version());
            apply(thesis, request, companies);
            if (request.status() != null) {
                thesis.status = request.status();
            }
            theses.flush();
            return ThesisMapper.toResponse(thesis);
        });
    }

    @Transactional
    public void delete(UUID id) {
        Thesis thesis = theses.require(id);
        caller.requireOwner(thesis.owner);
        theses.delete(thesis);
    }

    private Thesis current(UUID id, long expectedVersion) {
        Thesis thesis = theses.require(id);
        caller.requireOwner(thesis.owner);
        if (thesis.version != expectedVersion) {
            throw new ConflictException("Thesis " + id + " is at version " + thesis.version + ", not "
                    + expectedVersion + ": someone changed it meanwhile; read it again and retry");
        }
        return thesis;
    }

    private static void apply(Thesis thesis, ThesisDetails request, List<String> companies) {
        thesis.title = request.title().trim();
        thesis.summary = request.summary();
        thesis.stance = request.stance();
        thesis.layer = request.layer();
        thesis.companies = new ArrayList<>(companies);
        thesis.conviction = request.conviction().shortValue();
        thesis.horizon = request.horizon();
        thesis.updatedAt = Instant.now();
    }

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}
