package io.thesiswatch.alert.service.check;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Context;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import org.jboss.logging.Logger;

/**
 * Checks every trigger of the feed, page after page. Fetching page N+1 and its series (HTTP) overlaps with
 * recording page N (the database): the two are independent, and overlapping them is most of what a check
 * can gain on few cores (bench/RESULTS.md). A check that the service's stop overtakes fetches no further page,
 * ends after recording the one in hand, and says so in its run; so does a check that its deadline overtakes.
 */
@ApplicationScoped
class CheckPipeline {

    private static final Logger LOG = Logger.getLogger(CheckPipeline.class);

    private final TriggerFeed feed;
    private final SeriesFetch seriesFetch;
    private final CheckRecorder recorder;
    private final RunningJobs running;

    CheckPipeline(TriggerFeed feed, SeriesFetch seriesFetch, CheckRecorder recorder, RunningJobs running) {
        this.feed = feed;
        this.seriesFetch = seriesFetch;
        this.recorder = recorder;
        this.running = running;
    }

    /** A page of the feed with its triggers' series, and the HTTP calls that took. */
    private record Fetched(FeedPage page, TriggerSeries series, int httpCalls) {
    }

    /** Checks every trigger, or as many as it can before the service stops or the deadline passes. */
    void checkEveryTrigger(long runId, Instant deadline, CheckCounts counts) {
        TriggerFeed.Reading reading = feed.read(runId);
        // the fetches run on a thread of their own, in the check's trace (its context travels with each task)
        ExecutorService fetcher = Context.taskWrapping(
                Executors.newSingleThreadExecutor(r -> new Thread(r, "check-" + runId + "-fetch")));
        try {
            Future<Fetched> next = fetcher.submit(() -> fetch(runId, reading));
            while (true) {
                Fetched current = await(next);
                counts.httpCalls(current.httpCalls());
                if (current.page() instanceof FeedPage.Unreadable unreadable) {
                    counts.fail(unreadable.problem());
                    return;
                }
                FeedPage.Triggers page = (FeedPage.Triggers) current.page();
                Optional<String> stop = page.last() ? Optional.empty() : reasonToStop(deadline);
                if (!page.last() && stop.isEmpty()) {
                    next = fetcher.submit(() -> fetch(runId, reading));
                }
                record(runId, page, current.series(), counts);
                if (stop.isPresent()) {
                    LOG.infof("Check %d stopped before its end: %s", runId, stop.get());
                    counts.fail("stopped before its end: " + stop.get());
                    return;
                }
                if (page.last()) {
                    return;
                }
            }
        } finally {
            fetcher.shutdownNow();
        }
    }

    private Optional<String> reasonToStop(Instant deadline) {
        if (running.stopping()) {
            return Optional.of("the service was stopping");
        }
        if (Instant.now().isAfter(deadline)) {
            return Optional.of("its deadline (" + deadline + ") passed");
        }
        return Optional.empty();
    }

    private Fetched fetch(long runId, TriggerFeed.Reading reading) {
        FeedPage page = reading.next();
        if (page instanceof FeedPage.Triggers triggers && !triggers.triggers().isEmpty()) {
            return new Fetched(page, seriesFetch.forTriggers(runId, triggers.triggers()), 2);
        }
        return new Fetched(page, TriggerSeries.NONE, 1);
    }

    private void record(long runId, FeedPage.Triggers page, TriggerSeries series, CheckCounts counts) {
        if (page.triggers().isEmpty()) {
            return;
        }
        if (series instanceof TriggerSeries.Unanswered unanswered) {
            counts.problem(unanswered.problem() + " (" + page.triggers().size() + " trigger(s) in ERROR)");
        }
        recorder.record(runId, page.triggers(), series, counts);
    }

    private static Fetched await(Future<Fetched> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The check was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The check could not fetch its data", e.getCause());
        }
    }
}
