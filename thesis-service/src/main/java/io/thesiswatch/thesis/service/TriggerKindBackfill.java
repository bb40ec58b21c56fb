package io.thesiswatch.thesis.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.thesiswatch.common.problem.UpstreamUnavailableException;
import io.thesiswatch.thesis.client.CatalogWire;
import io.thesiswatch.thesis.domain.SeriesKey;
import io.thesiswatch.thesis.repository.TriggerRepository;
import org.jboss.logging.Logger;

/**
 * Gives triggers from before kinds and bases existed their kind and basis, from what company-service answers
 * about their series (never from its tables): at start-up, then on {@code thesis.kind-backfill.every} until no
 * trigger is left without. A series with no data yet, or company-service out of reach, waits for the next run.
 */
@ApplicationScoped
public class TriggerKindBackfill {

    private static final Logger LOG = Logger.getLogger(TriggerKindBackfill.class);

    private final TriggerRepository triggers;
    private final CatalogCheck catalog;
    private volatile boolean finished;

    public TriggerKindBackfill(TriggerRepository triggers, CatalogCheck catalog) {
        this.triggers = triggers;
        this.catalog = catalog;
    }

    @Scheduled(identity = "trigger-kind-backfill", every = "{thesis.kind-backfill.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fillUntilNoneLeft() {
        if (!finished) {
            finished = fillMissing() == 0;
        }
    }

    /**
     * One pass: asks company-service about the series of every trigger without a kind or basis, in one call per
     * {@link CatalogWire#MAX_SERIES} series, and fills what the answers tell. Returns how many triggers are still
     * without.
     */
    public long fillMissing() {
        List<SeriesKey> missing = QuarkusTransaction.requiringNew().call(triggers::seriesWithoutPeriods);
        int filled = 0;
        for (int from = 0; from < missing.size(); from += CatalogWire.MAX_SERIES) {
            List<SeriesKey> chunk = missing.subList(from, Math.min(from + CatalogWire.MAX_SERIES, missing.size()));
            Map<SeriesKey, SeriesPeriods> answered;
            try {
                answered = catalog.periodsOf(chunk);
            } catch (UpstreamUnavailableException e) {
                LOG.warnf("Triggers of %d series still have no kind or basis: company-service could not be asked; "
                        + "trying again on the next run", missing.size() - from);
                break;
            }
            filled += QuarkusTransaction.requiringNew().call(() -> answered.values().stream()
                    .mapToInt(series -> triggers.fillMissingPeriods(series.series(),
                            TriggerPeriods.kindOfExistingTrigger(series).orElse(null), series.defaultBasis()))
                    .sum());
        }
        long left = missing.isEmpty() ? 0 : QuarkusTransaction.requiringNew().call(triggers::countWithoutPeriods);
        if (!missing.isEmpty()) {
            LOG.infof("Gave %d trigger(s) their period kind or basis; %d still without", filled, left);
        }
        return left;
    }
}
