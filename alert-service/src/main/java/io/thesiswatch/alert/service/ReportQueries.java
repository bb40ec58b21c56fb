package io.thesiswatch.alert.service;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.thesiswatch.alert.api.AlertEventResponse;
import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.api.DeliveryResponse;
import io.thesiswatch.alert.api.TriggerStateResponse;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.CheckRunRepository;
import io.thesiswatch.alert.repository.DeliveryRepository;
import io.thesiswatch.alert.repository.TriggerStateRepository;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;

/** The read side: check runs, trigger states, alert events and deliveries, filtered and paged. */
@ApplicationScoped
public class Reports {

    private final CheckRunRepository runs;
    private final TriggerStateRepository states;
    private final AlertEventRepository events;
    private final DeliveryRepository deliveries;

    public Reports(CheckRunRepository runs, TriggerStateRepository states, AlertEventRepository events,
            DeliveryRepository deliveries) {
        this.runs = runs;
        this.states = states;
        this.events = events;
        this.deliveries = deliveries;
    }

    @Transactional
    public PageResult<CheckRunResponse> checkRuns(PageParams paging) {
        return PageResult.of(runs.findAll(Sort.by("startedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending)),
                paging).map(AlertMapper::toResponse);
    }

    @Transactional
    public CheckRunResponse checkRun(long id) {
        return runs.findByIdOptional(id).map(AlertMapper::toResponse)
                .orElseThrow(() -> ResourceNotFoundException.of("Check run", id));
    }

    @Transactional
    public PageResult<TriggerStateResponse> triggerStates(UUID thesisId, TriggerCondition state, PageParams paging) {
        Filter filter = new Filter().eq("thesisId", thesisId).eq("state", state);
        return PageResult.of(states.find(filter.where(), Sort.by("triggerId"), filter.params), paging)
                .map(AlertMapper::toResponse);
    }

    @Transactional
    public PageResult<AlertEventResponse> alerts(UUID thesisId, UUID triggerId, EventKind kind, PageParams paging) {
        Filter filter = new Filter().eq("thesisId", thesisId).eq("triggerId", triggerId).eq("kind", kind);
        return PageResult.of(events.find(filter.where(),
                Sort.by("occurredAt", Sort.Direction.Descending).and("id"), filter.params), paging)
                .map(AlertMapper::toResponse);
    }

    @Transactional
    public PageResult<DeliveryResponse> deliveries(UUID subscriberId, DeliveryStatus status, PageParams paging) {
        Filter filter = new Filter().eq("subscriberId", subscriberId).eq("status", status);
        return PageResult.of(deliveries.find(filter.where(), Sort.by("id", Sort.Direction.Descending), filter.params), paging)
                .map(AlertMapper::toResponse);
    }

    /** Equality filters on the fields that were given. */
    private static final class Filter {
        private final StringBuilder where = new StringBuilder("1 = 1");
        private final Map<String, Object> params = new HashMap<>();

        Filter eq(String field, Object value) {
            if (value != null) {
                where.append(" and ").append(field).append(" = :").append(field);
                params.put(field, value);
            }
            return this;
        }

        String where() {
            return where.toString();
        }
    }
}
