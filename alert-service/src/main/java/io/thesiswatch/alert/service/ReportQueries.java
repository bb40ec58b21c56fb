package io.thesiswatch.alert.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.alert.api.AlertEventResponse;
import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.api.DeliveryResponse;
import io.thesiswatch.alert.api.TriggerStateResponse;
import io.thesiswatch.alert.domain.DeliveryStatus;
import io.thesiswatch.alert.domain.EventKind;
import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.AlertEventRepository;
import io.thesiswatch.alert.repository.CheckItemRepository;
import io.thesiswatch.alert.repository.CheckRunRepository;
import io.thesiswatch.alert.repository.EmailDeliveryRepository;
import io.thesiswatch.alert.repository.TriggerStateRepository;
import io.thesiswatch.common.paging.PageParams;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ResourceNotFoundException;

/** The read side: check runs, trigger states, alert events and email deliveries, filtered and paged. */
@ApplicationScoped
public class ReportQueries {

    private final CheckRunRepository runs;
    private final TriggerStateRepository states;
    private final AlertEventRepository events;
    private final EmailDeliveryRepository deliveries;
    private final CheckItemRepository items;

    public ReportQueries(CheckRunRepository runs, TriggerStateRepository states, AlertEventRepository events,
            EmailDeliveryRepository deliveries, CheckItemRepository items) {
        this.runs = runs;
        this.items = items;
        this.states = states;
        this.events = events;
        this.deliveries = deliveries;
    }

    @Transactional
    public PageResult<CheckRunResponse> checkRuns(PageParams paging) {
        return PageResult.of(runs.newestFirst(), paging).map(AlertMapper::toResponse);
    }

    @Transactional
    public CheckRunResponse checkRun(long id) {
        return runs.findByIdOptional(id).map(run -> AlertMapper.toResponse(run, items.ofRun(id)))
                .orElseThrow(() -> ResourceNotFoundException.of("Check run", id));
    }

    @Transactional
    public PageResult<TriggerStateResponse> triggerStates(UUID thesisId, TriggerCondition state, PageParams paging) {
        return PageResult.of(states.inTriggerOrder(thesisId, state), paging).map(AlertMapper::toResponse);
    }

    @Transactional
    public PageResult<AlertEventResponse> alerts(UUID thesisId, UUID triggerId, EventKind kind, PageParams paging) {
        return PageResult.of(events.newestFirst(thesisId, triggerId, kind), paging).map(AlertMapper::toResponse);
    }

    @Transactional
    public PageResult<DeliveryResponse> deliveries(UUID subscriberId, DeliveryStatus status, PageParams paging) {
        return PageResult.of(deliveries.newestFirst(subscriberId, status), paging).map(AlertMapper::toResponse);
    }
}
