package io.thesiswatch.alert.service.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.client.CompanyServiceClient;
import io.thesiswatch.alert.client.CompanyWire;
import io.thesiswatch.alert.client.ThesisWire;
import io.thesiswatch.alert.domain.AlertEvent;
import org.jboss.logging.Logger;

/**
 * Asks company-service for the series of a page of triggers in one request: triggers that watch the same
 * series (subject, metric, transform, window, kind of period and basis) share one entry, and every series
 * comes with enough points for each rule and for an event's recent points.
 */
@ApplicationScoped
class SeriesFetch {

    private static final Logger LOG = Logger.getLogger(SeriesFetch.class);

    private final CompanyServiceClient companies;

    SeriesFetch(CompanyServiceClient companies) {
        this.companies = companies;
    }

    TriggerSeries forTriggers(long runId, List<ThesisWire.Trigger> triggers) {
        Map<CompanyWire.SeriesSpec, Integer> specs = new LinkedHashMap<>();
        int points = AlertEvent.RECENT_POINTS;
        for (ThesisWire.Trigger trigger : triggers) {
            specs.putIfAbsent(TriggerReading.spec(trigger), specs.size());
            points = Math.max(points, TriggerReading.pointsRead(trigger.forPeriods()));
        }
        try {
            List<CompanyWire.SeriesResult> results = companies.query(List.copyOf(specs.keySet()), points).results();
            Map<UUID, CompanyWire.SeriesResult> byTrigger = new HashMap<>();
            for (ThesisWire.Trigger trigger : triggers) {
                byTrigger.put(trigger.id(), results.get(specs.get(TriggerReading.spec(trigger))));
            }
            return new TriggerSeries.Answered(byTrigger);
        } catch (RuntimeException e) {
            LOG.warnf("Check %d could not read series: %s", runId, e.toString());
            return new TriggerSeries.Unanswered("company-service could not be reached: " + Failures.describe(e));
        }
    }
}
