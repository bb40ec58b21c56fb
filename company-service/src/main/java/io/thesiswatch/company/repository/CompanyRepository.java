package io.thesiswatch.company.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.company.domain.Company;
import io.thesiswatch.company.domain.Layer;

@ApplicationScoped
public class CompanyRepository implements PanacheRepository<Company> {

    public Optional<Company> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<Company> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }

    /** Companies sorted by code, filtered by layer, tag and a case-insensitive text in code or name. */
    public PageResult<Company> search(Layer layer, String tag, String text, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (layer != null) {
            where.append(" and layer = :layer");
            params.put("layer", layer);
        }
        if (tag != null && !tag.isBlank()) {
            where.append(" and :tag member of tags");
            params.put("tag", tag.trim().toLowerCase(Locale.ROOT));
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(code) like :text or lower(name) like :text)");
            params.put("text", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
        }
        return PageResult.of(find(where.toString(), Sort.by("code"), params), paging);
    }

    public List<String> groupCodesContaining(Company company) {
        return getEntityManager()
                .createQuery("select g.code from CompanyGroup g join g.members m where m = :company order by g.code",
                        String.class)
                .setParameter("company", company).getResultList();
    }
}
