package io.thesiswatch.thesis.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.contract.Severity;
import io.thesiswatch.thesis.api.RiskEventKind;
import io.thesiswatch.thesis.api.RiskEventRequest;
import io.thesiswatch.thesis.api.RiskEventResult;
import io.thesiswatch.thesis.domain.JournalEntry;
import io.thesiswatch.thesis.domain.JournalKind;
import io.thesiswatch.thesis.domain.RiskTrigger;
import io.thesiswatch.thesis.domain.Thesis;
import io.thesiswatch.thesis.domain.ThesisStatus;
import io.thesiswatch.thesis.repository.JournalRepository;
import io.thesiswatch.thesis.repository.ThesisRepository;
import io.thesiswatch.thesis.repository.TriggerRepository;

/**
 * Trigger events reported by alert-service: each is journalled once (by event id), and a critical firing
 * puts an active thesis at risk.
 */
@ApplicationScoped
public class RiskEventService {

    static final String SYSTEM_AUTHOR = "thesis-watch";

    private final ThesisRepository theses;
    private final TriggerRepository triggers;
    private final JournalRepository journal;

    public RiskEventService(ThesisRepository theses, TriggerRepository triggers, JournalRepository journal) {
        this.theses = theses;
        this.triggers = triggers;
        this.journal = journal;
    }

    @Transactional
    public RiskEventResult record(UUID thesisId, RiskEventRequest event) {
        Thesis thesis = theses.require(thesisId);
        RiskTrigger trigger = triggers.findInThesis(thesisId, event.triggerId()).orElse(null);
        if (journal.eventRecorded(event.eventId())) {
            return new RiskEventResult(false, thesis.status);
        }
        boolean fired = event.kind() == RiskEventKind.FIRED;
        JournalEntry entry = new JournalEntry();
        entry.thesisId = thesisId;
        entry.kind = fired ? JournalKind.TRIGGER_FIRED : JournalKind.TRIGGER_RESOLVED;
        entry.note = describe(event, trigger);
        entry.author = SYSTEM_AUTHOR;
        entry.system = true;
        entry.triggerId = event.triggerId();
        entry.eventId = event.eventId();
        entry.value = event.value();
        entry.period = event.period();
        entry.createdAt = event.observedAt() == null ? Instant.now() : event.observedAt();
        // a concurrent duplicate loses on the unique event_id and is answered 409; its retry then finds it recorded
        journal.persist(entry);
        if (fired && event.severity() == Severity.CRITICAL && thesis.status == ThesisStatus.ACTIVE) {
            thesis.status = ThesisStatus.AT_RISK;
            thesis.updatedAt = Instant.now();
        }
        return new RiskEventResult(true, thesis.status);
    }

    static String describe(RiskEventRequest event, RiskTrigger trigger) {
        String what = trigger == null ? "A trigger that no longer exists"
                : "Trigger '" + trigger.name + "' (" + seriesOf(event, trigger) + " " + trigger.operator + " "
                        + trigger.threshold.toPlainString() + ")";
        String verb = event.kind() == RiskEventKind.FIRED ? "fired" : "cleared";
        Basis basis = event.basis() != null ? event.basis() : trigger == null ? null : trigger.basis;
        String value = event.value() == null ? "" : ": value " + event.value().toPlainString()
                + (event.period() == null ? "" : " in " + periodName(event.period(), basis));
        return what + " " + verb + " [" + event.severity() + "]" + value;
    }

    /** "NVDA CAPEX YOY_PCT"; an expression in words when alert-service sent them, else as written. */
    private static String seriesOf(RiskEventRequest event, RiskTrigger trigger) {
        if (trigger.expression == null) {
            return trigger.subject + " " + trigger.metric + " " + trigger.transform;
        }
        return event.seriesInWords() == null ? trigger.expression : event.seriesInWords();
    }

    /** "fiscal 2025 Q1", "calendar 2024"; the label as sent when its basis is unknown or it is no label. */
    private static String periodName(String period, Basis basis) {
        return basis == null || !PeriodLabel.isValid(period) ? period : PeriodLabel.parse(period).describe(basis);
    }
}
