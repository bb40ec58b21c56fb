package io.thesiswatch.alert.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.api.CheckRunResponse;
import io.thesiswatch.alert.client.CompanyApi;
import io.thesiswatch.alert.client.CompanyClient;
import io.thesiswatch.alert.client.ThesisApi;
import io.thesiswatch.alert.client.ThesisClient;
import io.thesiswatch.alert.config.AlertConfig;
import io.thesiswatch.alert.domain.CheckRun;
import io.thesiswatch.contract.Transform;
import io.thesiswatch.alert.mapping.AlertMapper;
import io.thesiswatch.alert.repository.CheckRunRepository;
import io.thesiswatch.common.problem.ConflictException;
import org.jboss.logging.Logger;

/**
 * Runs a check of every enabled trigger: pages through thesis-service's trigger feed and asks
 * company-service for the series, both in batches, so that the number of HTTP calls grows with
 * triggers / batch size. Checks never overlap, in this process or across replicas (a PostgreSQL
 * advisory lock), and a scheduled tick runs on one replica only (its start is unique per tick).
 */
@ApplicationScoped
public class CheckService {

    private static final Logger LOG = Logger.getLogger(CheckService.class);
    /** The advisory lock that one running check holds, cluster-wide. */
    static final long CHECK_LOCK_KEY = 0x7e51_c4ecL;
    private static final String CLOSED = "CLOSED";

    private final ThesisClient theses;
    private final CompanyClient companies;
    private final CheckRecorder recorder;
    private final CheckRunRepository runs;
    private final DataSource dataSource;
    private final AlertConfig config;
    private final ReentrantLock running = new ReentrantLock();

    public CheckService(ThesisClient theses, CompanyClient companies, CheckRecorder recorder, CheckRunRepository runs,
            DataSource dataSource, AlertConfig config) {
        this.theses = theses;
        this.companies = companies;
        this.recorder = recorder;
        this.runs = runs;
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Runs a check now; 409 when one is running. */
    public CheckRunResponse runRequested() {
        return run(CheckRun.ORIGIN_REQUEST, null)
                .orElseThrow(() -> new IllegalStateException("a requested check always runs"));
    }

    /** Runs the check of a schedule tick, unless another replica has run it or a check is running. */
    public Optional<CheckRunResponse> runScheduled(Instant tick) {
        try {
            return run(CheckRun.ORIGIN_SCHEDULE, tick);
        } catch (ConflictException e) {
            LOG.infof("Scheduled check of %s skipped: %s", tick, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<CheckRunResponse> run(String origin, Instant tick) {
        if (!running.tryLock()) {
            throw new ConflictException("A check is already running; try again when it has finished");
        }
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "pg_try_advisory_lock")) {
                throw new ConflictException("A check is already running on another replica; try again later");
            }
            try {
                Optional<Long> runId = QuarkusTransaction.requiringNew()
                        .call(() -> runs.start(origin, tick, Instant.now()));
                if (runId.isEmpty()) {
                    return Optional.empty();
                }
                CheckTally tally = new CheckTally();
                checkEveryTrigger(runId.get(), tally);
                return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                    CheckRun run = runs.findById(runId.get());
                    tally.writeTo(run);
                    run.finishedAt = Instant.now();
                    return AlertMapper.toResponse(run);
                }));
            } finally {
                advisory(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the check lock", e);
        } finally {
            running.unlock();
        }
    }

    /** A page of triggers with their series, fetched ahead while the previous page is being recorded. */
    private record Prepared(List<ThesisApi.Trigger> batch, Map<UUID, CompanyApi.SeriesResult> series,
            String batchError, int httpCalls, boolean last, String feedProblem) {
    }

    /**
     * Pages through the triggers. Fetching page N+1 and its series (HTTP) overlaps with recording page N
     * (the database): the two are independent, and overlapping them is most of what a check can gain on
     * few cores (bench/RESULTS.md).
     */
    private void checkEveryTrigger(long runId, CheckTally tally) {
        Set<UUID> seen = new HashSet<>();
        ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> new Thread(r, "check-" + runId + "-fetch"));
        try {
            Future<Prepared> next = fetcher.submit(() -> prepare(runId, 0, seen));
            for (int page = 0; ; page++) {
                Prepared current = await(next);
                tally.httpCalls += current.httpCalls();
                if (current.feedProblem() != null) {
                    tally.problem(current.feedProblem());
                    return;
                }
                int following = page + 1;
                if (!current.last()) {
                    next = fetcher.submit(() -> prepare(runId, following, seen));
                }
                if (!current.batch().isEmpty()) {
                    if (current.batchError() != null) {
                        tally.problem(current.batchError() + " (" + current.batch().size() + " trigger(s) in ERROR)");
                    }
                    recorder.record(runId, current.batch(), current.series(), current.batchError(), tally);
                }
                if (current.last()) {
                    return;
                }
            }
        } finally {
            fetcher.shutdownNow();
        }
    }

    private Prepared prepare(long runId, int page, Set<UUID> seen) {
        int size = config.check().batchSize();
        ThesisApi.TriggerPage triggers;
        try {
            triggers = theses.enabledTriggers(page, size);
        } catch (RuntimeException e) {
            LOG.warnf("Check %d could not read triggers: %s", runId, e.toString());
            return new Prepared(List.of(), Map.of(), null, 1, true,
                    "thesis-service could not list triggers (page " + page + "): " + describe(e));
        }
        List<ThesisApi.Trigger> batch = new ArrayList<>();
        for (ThesisApi.Trigger trigger : triggers.items()) {
            if (seen.add(trigger.id()) && !CLOSED.equals(trigger.thesisStatus())) {
                batch.add(trigger);
            }
        }
        boolean last = triggers.items().size() < size;
        if (batch.isEmpty()) {
            return new Prepared(batch, Map.of(), null, 1, last, null);
        }
        Map<CompanyApi.SeriesSpec, Integer> specs = new LinkedHashMap<>();
        int points = CheckRecorder.RECENT_POINTS;
        for (ThesisApi.Trigger trigger : batch) {
            specs.putIfAbsent(spec(trigger), specs.size());
            points = Math.max(points, trigger.forPeriods() + 1);
        }
        Map<UUID, CompanyApi.SeriesResult> series = new HashMap<>();
        try {
            List<CompanyApi.SeriesResult> results = companies.query(List.copyOf(specs.keySet()), points).results();
            for (ThesisApi.Trigger trigger : batch) {
                series.put(trigger.id(), results.get(specs.get(spec(trigger))));
            }
            return new Prepared(batch, series, null, 2, last, null);
        } catch (RuntimeException e) {
            LOG.warnf("Check %d could not read series: %s", runId, e.toString());
            return new Prepared(batch, Map.of(), "company-service could not be reached: " + describe(e), 2, last, null);
        }
    }

    private static Prepared await(Future<Prepared> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The check was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The check could not fetch its data", e.getCause());
        }
    }

    private static CompanyApi.SeriesSpec spec(ThesisApi.Trigger trigger) {
        ThesisApi.SeriesRef s = trigger.series();
        Transform transform = Transform.orDefault(s.transform());
        return new CompanyApi.SeriesSpec(s.subject(), s.metric(), transform,
                transform == Transform.CHANGE_PCT ? s.window() : null);
    }

    private static boolean advisory(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, CHECK_LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String text = message == null ? "no answer (" + e.getClass().getSimpleName() + ")" : message;
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
