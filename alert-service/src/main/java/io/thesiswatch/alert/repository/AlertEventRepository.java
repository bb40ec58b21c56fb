package io.thesiswatch.alert.repository;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.domain.EventKind;

@ApplicationScoped
public class AlertEventRepository implements PanacheRepositoryBase<AlertEvent, UUID> {

    /** These events by id, in one query. */
    public Map<UUID, AlertEvent> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
    }

    /** Events of this thesis, trigger and kind (each when given), newest first. */
    public PanacheQuery<AlertEvent> newestFirst(UUID thesisId, UUID triggerId, EventKind kind) {
        EqualityFilter filter = new EqualityFilter().eq("thesisId", thesisId).eq("triggerId", triggerId)
                .eq("kind", kind);
        return find(filter.where(), Sort.by("occurredAt", Sort.Direction.Descending).and("id"), filter.params());
    }
}
