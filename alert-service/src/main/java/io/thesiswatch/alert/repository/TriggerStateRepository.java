package io.thesiswatch.alert.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.alert.domain.TriggerState;

@ApplicationScoped
public class TriggerStateRepository implements PanacheRepositoryBase<TriggerState, UUID> {

    public Map<UUID, TriggerState> byTrigger(Collection<UUID> triggerIds) {
        Map<UUID, TriggerState> states = new HashMap<>();
        if (!triggerIds.isEmpty()) {
            list("triggerId in ?1", triggerIds).forEach(s -> states.put(s.triggerId, s));
        }
        return states;
    }
}
