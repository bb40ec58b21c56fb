package io.thesiswatch.thesis.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.thesis.domain.Layer;
import io.thesiswatch.thesis.domain.Thesis;
import io.thesiswatch.thesis.domain.ThesisStatus;

@ApplicationScoped
public class ThesisRepository implements PanacheRepositoryBase<Thesis, UUID> {

    /** The thesis with this id; a 404 problem when there is none. */
    public Thesis require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ResourceNotFoundException.of("Thesis", id));
    }

    /** Theses newest first, filtered by status, a company they name and layer. */
    public PageResult<Thesis> search(ThesisStatus status, String company, Layer layer, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (company != null && !company.isBlank()) {
            where.append(" and array_contains(companies, :company)");
            params.put("company", company.trim().toUpperCase());
        }
        if (layer != null) {
            where.append(" and layer = :layer");
            params.put("layer", layer);
        }
        return PageResult.of(find(where.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params),
                paging);
    }
}
