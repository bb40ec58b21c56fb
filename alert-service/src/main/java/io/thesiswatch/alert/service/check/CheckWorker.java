package io.thesiswatch.alert.service.check;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.lifecycle.ReplicaName;
import io.thesiswatch.alert.lifecycle.RunningJobs;
import io.thesiswatch.alert.repository.CheckItemRepository;
import io.thesiswatch.alert.repository.CheckItemRepository.Claim;
import org.jboss.logging.Logger;

/**
 * This replica's share of the running check: it claims work items one after the other (as every replica does) and
 * records each in a transaction of its own. An item goes through three stages, each on a thread of its own, so that
 * the three services work at once: reading its triggers from thesis-service's feed, then their series from
 * company-service, then recording it (the database). While item N is recorded, item N+1's series and item N+2's
 * triggers are fetched; each stage takes one item at a time, so neither neighbour gets more concurrent calls than
 * before (two series calls at once were slower: bench/RESULTS.md). One pass at a time in this process; when the
 * service stops it claims no further item, records those it holds, and an item it could not record is given back
 * for another replica.
 */
@ApplicationScoped
class CheckWorker {

    private static final Logger LOG = Logger.getLogger(CheckWorker.class);
    /** Claims of an item that fail to record it before it is FAILED. */
    static final int MAX_ATTEMPTS = 3;
    /** Items in flight while one is recorded: one fetching its series, the next reading its triggers. */
    private static final int CLAIMED_AHEAD = 2;

    private final TriggerFeed feed;
    private final SeriesFetch seriesFetch;
    private final CheckRecorder recorder;
    private final CheckItemRepository items;
    private final CheckRunLog runLog;
    private final RunningJobs running;
    private final ReplicaName replica;
    private final AlertConfig config;
    private final ReentrantLock working = new ReentrantLock();

    CheckWorker(TriggerFeed feed, SeriesFetch seriesFetch, CheckRecorder recorder, CheckItemRepository items,
            CheckRunLog runLog, RunningJobs running, ReplicaName replica, AlertConfig config) {
        this.feed = feed;
        this.seriesFetch = seriesFetch;
        this.recorder = recorder;
        this.items = items;
        this.runLog = runLog;
        this.running = running;
        this.replica = replica;
        this.config = config;
    }

    /** A claimed item with its triggers and their series, what reading them found, and how many HTTP calls. */
    private record Fetched(Claim item, List<CheckRecorder.Page> pages, CheckCounts counts) {
    }

    /** A claimed item's triggers, page by page, before their series are fetched. */
    private record TriggersRead(Claim item, List<FeedPage.Triggers> pages, CheckCounts counts) {
    }

    /**
     * Works through the items nobody holds until there are none or the service stops; does nothing when this
     * replica is at it already (the check it asked for, or its poll for other replicas' checks).
     */
    void work() {
        if (!working.tryLock()) {
            return;
        }
        try {
            Optional<Claim> first = claimNext();
            if (first.isPresent()) {
                workFrom(first.get());
            }
        } finally {
            working.unlock();
        }
    }

    private void workFrom(Claim first) {
        // each stage runs on a thread of its own, in the check's trace (its context travels with each task)
        ExecutorService feedReader = stage("check-" + first.runId() + "-triggers");
        ExecutorService seriesReader = stage("check-" + first.runId() + "-series");
        try {
            Deque<CompletableFuture<Fetched>> inFlight = new ArrayDeque<>();
            Optional<Claim> claimed = Optional.of(first);
            while (claimed.isPresent()) {
                inFlight.add(fetch(claimed.get(), feedReader, seriesReader));
                claimed = inFlight.size() < CLAIMED_AHEAD && !running.stopping() ? claimNext() : Optional.empty();
            }
            while (!inFlight.isEmpty()) {
                Fetched current = await(inFlight.poll(), first);
                if (!running.stopping()) {
                    claimNext().ifPresent(item -> inFlight.add(fetch(item, feedReader, seriesReader)));
                }
                record(current);
            }
        } finally {
            feedReader.shutdownNow();
            seriesReader.shutdownNow();
        }
    }

    private static ExecutorService stage(String threadName) {
        return Context.taskWrapping(Executors.newSingleThreadExecutor(r -> new Thread(r, threadName)));
    }

    private Optional<Claim> claimNext() {
        return QuarkusTransaction.requiringNew().call(() -> items.claim(Instant.now(), config.check().itemLease(),
                replica.get()));
    }

    /**
     * Reads the item's range of the feed, page after page, then each page's series; stops at a page it cannot read.
     * Whatever goes wrong while reading fails the item (and its run), never the worker.
     */
    private CompletableFuture<Fetched> fetch(Claim item, ExecutorService feedReader, ExecutorService seriesReader) {
        return CompletableFuture.supplyAsync(() -> readTriggers(item), feedReader)
                .thenApplyAsync(this::readSeries, seriesReader)
                .exceptionally(e -> unreadable(item, e instanceof CompletionException ? e.getCause() : e));
    }

    private static Fetched unreadable(Claim item, Throwable e) {
        LOG.warnf(e, "Check %d item %d could not be read", item.runId(), item.seq());
        CheckCounts counts = new CheckCounts();
        counts.fail("item " + item.seq() + " could not be read: " + Failures.describe(e));
        return new Fetched(item, List.of(), counts);
    }

    private TriggersRead readTriggers(Claim item) {
        CheckCounts counts = new CheckCounts();
        List<FeedPage.Triggers> pages = new ArrayList<>();
        TriggerFeed.Reading reading = feed.read(item);
        while (true) {
            FeedPage page = reading.next();
            counts.httpCalls(1);
            if (page instanceof FeedPage.Unreadable unreadable) {
                counts.fail(unreadable.problem());
                return new TriggersRead(item, pages, counts);
            }
            FeedPage.Triggers triggers = (FeedPage.Triggers) page;
            if (!triggers.triggers().isEmpty()) {
                pages.add(triggers);
            }
            if (triggers.last()) {
                return new TriggersRead(item, pages, counts);
            }
        }
    }

    private Fetched readSeries(TriggersRead read) {
        CheckCounts counts = read.counts();
        List<CheckRecorder.Page> pages = new ArrayList<>();
        for (FeedPage.Triggers triggers : read.pages()) {
            TriggerSeries series = seriesFetch.forTriggers(read.item().runId(), triggers.triggers());
            counts.httpCalls(1);
            if (series instanceof TriggerSeries.Unanswered unanswered) {
                counts.problem(unanswered.problem() + " (" + triggers.triggers().size() + " trigger(s) in ERROR)");
            }
            pages.add(new CheckRecorder.Page(triggers.triggers(), series));
        }
        return new Fetched(read.item(), pages, counts);
    }

    private void record(Fetched fetched) {
        Claim item = fetched.item();
        try {
            if (recorder.recordItem(item, fetched.pages(), fetched.counts())) {
                runLog.completeIfSettled(item.runId());
            } else {
                LOG.infof("Check %d item %d was taken over by another replica, or its run ended; not recorded here",
                        item.runId(), item.seq());
            }
        } catch (RuntimeException e) {
            boolean lastAttempt = item.attempt() >= MAX_ATTEMPTS;
            LOG.warnf("Check %d item %d could not be recorded (attempt %d: %s); %s", item.runId(), item.seq(),
                    item.attempt(), e.getMessage(), lastAttempt ? "it is FAILED" : "it is given back");
            settleUnrecorded(item, lastAttempt, e);
        }
    }

    /**
     * Gives back an item that could not be recorded, for another attempt at once; after its last attempt, settles it
     * FAILED instead (its run ends FAILED), so that an item that can never be recorded does not hold its run until
     * the deadline.
     */
    private void settleUnrecorded(Claim item, boolean lastAttempt, RuntimeException error) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!lastAttempt) {
                    items.giveBack(item);
                } else if (items.lockIfHeld(item)) {
                    CheckCounts failed = new CheckCounts();
                    failed.fail("item " + item.seq() + " could not be recorded in " + MAX_ATTEMPTS + " attempts: "
                            + Failures.describe(error));
                    items.settle(item, failed.outcome(), Instant.now());
                }
            });
            if (lastAttempt) {
                runLog.completeIfSettled(item.runId());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Check %d item %d could not be given back (%s); it is taken over when its lease ends",
                    item.runId(), item.seq(), e.getMessage());
        }
    }

    private Fetched await(CompletableFuture<Fetched> next, Claim first) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Check " + first.runId() + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Check " + first.runId() + " could not fetch its data", e.getCause());
        }
    }
}
