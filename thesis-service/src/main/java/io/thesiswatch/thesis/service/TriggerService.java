package io.thesiswatch.thesis.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.common.problem.ConflictException;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.contract.TriggerRules;
import io.thesiswatch.contract.expression.SeriesExpression;
import io.thesiswatch.thesis.api.SeriesRequest;
import io.thesiswatch.thesis.api.TriggerCreateRequest;
import io.thesiswatch.thesis.api.TriggerDetails;
import io.thesiswatch.thesis.api.TriggerRanges;
import io.thesiswatch.thesis.api.TriggerResponse;
import io.thesiswatch.thesis.api.TriggerUpdateRequest;
import io.thesiswatch.thesis.domain.RiskTrigger;
import io.thesiswatch.thesis.domain.SeriesKey;
import io.thesiswatch.thesis.mapping.ThesisMapper;
import io.thesiswatch.thesis.repository.ThesisRepository;
import io.thesiswatch.thesis.repository.TriggerRepository;
import io.thesiswatch.thesis.security.Caller;

/**
 * Risk triggers. The series, and the kind and basis of its periods, are checked with company-service before a
 * transaction opens.
 */
@ApplicationScoped
public class TriggerService {

    public static final int MAX_PAGE_SIZE = 1000;

    private final TriggerRepository triggers;
    private final ThesisRepository theses;
    private final CatalogCheck catalog;
    private final Caller caller;

    public TriggerService(TriggerRepository triggers, ThesisRepository theses, CatalogCheck catalog, Caller caller) {
        this.triggers = triggers;
        this.theses = theses;
        this.catalog = catalog;
        this.caller = caller;
    }

    public TriggerResponse create(UUID thesisId, TriggerCreateRequest request) {
        TriggerConsistency.check(request);
        QuarkusTransaction.requiringNew().run(() -> caller.requireOwner(theses.require(thesisId).owner));
        SeriesRequest series = request.series();
        TriggerPeriods.Choice periods = series.expression() != null
                ? new TriggerPeriods.Choice(series.kind(),
                        catalog.requireExpression(SeriesExpression.parse(series.expression()), series.basis()))
                : TriggerPeriods.forNewTrigger(catalog.requireSeries(seriesOf(request)), series.kind(), series.basis());
        return QuarkusTransaction.requiringNew().call(() -> {
            RiskTrigger trigger = new RiskTrigger();
            trigger.id = UUID.randomUUID();
            trigger.thesis = theses.require(thesisId);
            trigger.createdAt = Instant.now();
            trigger.kind = periods.kind();
            trigger.basis = periods.basis();
            apply(trigger, request);
            triggers.persistAndFlush(trigger);
            return ThesisMapper.toResponse(trigger);
        });
    }

    public List<TriggerResponse> ofThesis(UUID thesisId) {
        theses.require(thesisId);
        return triggers.ofThesis(thesisId).stream().map(ThesisMapper::toResponse).toList();
    }

    public TriggerResponse find(UUID thesisId, UUID triggerId) {
        return ThesisMapper.toResponse(trigger(thesisId, triggerId));
    }

    /**
     * A trigger by id alone, whatever its thesis. Reads like this one take no transaction: each statement commits on its
     * own (under READ COMMITTED a transaction would not give its statements one snapshot either), in the request's
     * session, and a thesis read costs a third of the CPU it did inside a JTA transaction (its begin and end, the
     * session's flush at commit, the COMMIT round trip: bench/RESULTS.md, History).
     */
    public TriggerResponse find(UUID triggerId) {
        return ThesisMapper.toResponse(triggers.findByIdOptional(triggerId)
                .orElseThrow(() -> ResourceNotFoundException.of("Trigger", triggerId)));
    }

    public TriggerResponse update(UUID thesisId, UUID triggerId, TriggerUpdateRequest request) {
        TriggerConsistency.check(request);
        RiskTrigger before = QuarkusTransaction.requiringNew().call(() -> {
            RiskTrigger found = trigger(thesisId, triggerId);
            caller.requireOwner(found.thesis.owner);
            return found;
        });
        TriggerPeriods.requireSameKind(before.kind, request.series().kind());
        Basis basis = request.series().basis() == null ? before.basis : request.series().basis();
        if (request.series().expression() != null) {
            basis = catalog.requireExpression(SeriesExpression.parse(request.series().expression()),
                    request.series().basis());
        } else if (!seriesOf(request).equals(new SeriesKey(before.subject, before.metric)) || basis != before.basis) {
            basis = TriggerPeriods.basisFor(catalog.requireSeries(seriesOf(request)), basis);
        }
        Basis newBasis = basis;
        return QuarkusTransaction.requiringNew().call(() -> {
            RiskTrigger trigger = trigger(thesisId, triggerId);
            if (request.version() != null && request.version() != trigger.version) {
                throw new ConflictException("Trigger " + triggerId + " is at version " + trigger.version + ", not "
                        + request.version() + ": someone changed it meanwhile; read it again and retry");
            }
            if (request.series().kind() != null) {
                trigger.kind = request.series().kind();
            }
            if (newBasis != null) {
                trigger.basis = newBasis;
            }
            apply(trigger, request);
            triggers.flush();
            return ThesisMapper.toResponse(trigger);
        });
    }

    @Transactional
    public void delete(UUID thesisId, UUID triggerId) {
        RiskTrigger trigger = trigger(thesisId, triggerId);
        caller.requireOwner(trigger.thesis.owner);
        triggers.delete(trigger);
    }

    @Transactional
    public PageResult<TriggerResponse> page(Boolean enabled, boolean includeSnoozed, TriggerRepository.IdRange range,
            int page, int size) {
        return triggers.page(enabled, includeSnoozed, range, Instant.now(), page, size)
                .map(ThesisMapper::toResponse);
    }

    @Transactional
    public TriggerRanges ranges(boolean includeSnoozed, int size) {
        return new TriggerRanges(size, triggers.boundaries(includeSnoozed, Instant.now(), size));
    }

    private RiskTrigger trigger(UUID thesisId, UUID triggerId) {
        theses.require(thesisId);
        return triggers.findInThesis(thesisId, triggerId)
                .orElseThrow(() -> ResourceNotFoundException.of("Trigger", triggerId));
    }

    private static SeriesKey seriesOf(TriggerDetails request) {
        return new SeriesKey(request.series().subject(), request.series().metric());
    }

    private static void apply(RiskTrigger trigger, TriggerDetails request) {
        trigger.name = request.name().trim();
        trigger.subject = request.series().subject();
        trigger.metric = request.series().metric();
        trigger.expression = request.series().expression() == null ? null
                : SeriesExpression.parse(request.series().expression()).text();
        trigger.transform = trigger.expression == null ? Transform.orDefault(request.series().transform()) : null;
        trigger.window = request.series().window();
        trigger.unit = trigger.expression == null ? null : request.series().unit();
        trigger.operator = request.operator();
        trigger.threshold = request.threshold();
        trigger.clearThreshold = request.clearThreshold();
        trigger.forPeriods = TriggerRules.forPeriodsOrDefault(request.forPeriods());
        trigger.severity = request.severity() == null ? Severity.WARNING : request.severity();
        trigger.enabled = request.enabled() == null || request.enabled();
        trigger.snoozedUntil = request.snoozedUntil();
        trigger.updatedAt = Instant.now();
    }
}
