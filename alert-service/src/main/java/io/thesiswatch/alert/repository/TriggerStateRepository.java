package io.thesiswatch.alert.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.domain.TriggerState;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class TriggerStateRepository implements PanacheRepositoryBase<TriggerState, UUID> {

    /**
     * The states of these triggers, read-only: a check writes states with one set-based statement
     * ({@link TriggerStateWriter}), so the session need not track or dirty-check them.
     */
    public Map<UUID, TriggerState> byTrigger(Collection<UUID> triggerIds) {
        Map<UUID, TriggerState> states = new HashMap<>();
        if (!triggerIds.isEmpty()) {
            find("triggerId in ?1", triggerIds).withHint(HibernateHints.HINT_READ_ONLY, true).list()
                    .forEach(s -> states.put(s.triggerId, s));
        }
        return states;
    }

    /** The states of this thesis' triggers and in this state (each when given), by trigger id. */
    public PanacheQuery<TriggerState> inTriggerOrder(UUID thesisId, TriggerCondition state) {
        EqualityFilter filter = new EqualityFilter().eq("thesisId", thesisId).eq("state", state);
        return find(filter.where(), Sort.by("triggerId"), filter.params());
    }
}
