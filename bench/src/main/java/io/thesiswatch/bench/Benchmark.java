package io.thesiswatch.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.stack.Api;
import io.thesiswatch.stack.BindHost;
import io.thesiswatch.stack.Folders;
import io.thesiswatch.stack.Stack;
import io.thesiswatch.stack.StackOptions;
import org.postgresql.PGConnection;

/**
 * Measures Thesis Watch on this machine against limits measured in the same run: ingest against COPY,
 * series reads against pgbench, check cycles at 10,000 and 100,000 triggers, email and webhook delivery, and
 * each service's footprint. Synthetic data with a fixed seed: 4,000 companies, 5 metrics, 40 quarters each.
 */
public final class Benchmark {

    static final int COMPANIES = 4000;
    static final int METRICS = 5;
    static final int QUARTERS = 40;
    static final int BATCH = 10_000;
    static final int CLIENTS = 8;
    static final int LOAD_SECONDS = 20;
    /**
     * Single-series reads before the measured ones, so that the figure shows the steady state rather than paying for
     * warm-up: after 5 s, company-service's C2 compiler still compiled about 700 methods during the 20 measured
     * seconds; with the non-blocking read, after 20 s it compiled some 370 more (PrintCompilation), its last ones
     * about 35 s into the load.
     */
    static final int WARM_UP_SECONDS = 40;

    static final int MIXED_SECONDS = 60;
    /**
     * The same mixed load before the measured minute, as for single-series reads: without it, thesis-service's JIT
     * compilers held 23% of its samples in the measured minute (async-profiler), still compiling its reads.
     */
    static final int MIXED_WARM_UP_SECONDS = 30;
    /** Idle time before memory is read a second time: G1's periodic collection (15 s) and a marking cycle's end. */
    static final int AT_REST_SECONDS = 40;

    private final Stack stack;
    private final Api admin;
    private final Figures figures = new Figures();
    private final Profiles profiles;
    private final Wrk wrk;

    private Benchmark(Stack stack, Profiles profiles, Wrk wrk) {
        this.stack = stack;
        this.admin = new Api(stack.tokens().admin());
        this.profiles = profiles;
        this.wrk = wrk;
    }

    /**
     * Runs every benchmark and rewrites bench/RESULTS.md; given section names ({@code webhooks}, {@code delivery},
     * ...), runs only those and prints their figures without touching RESULTS.md.
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("thesis-watch-bench");
        long started = System.nanoTime();
        Set<String> only = Set.of(args);
        Profiles profiles = Profiles.fromEnvironment(root, data);
        Wrk wrk = Wrk.prepare(data);
        try (Stack stack = Stack.start(root, data, Stack.Ports.free(), BindHost.LOOPBACK, "off",
                Map.of("shared_preload_libraries", "pg_stat_statements", "pg_stat_statements.track", "all"),
                stackOptions(profiles), line -> System.out.println("[stack] " + line))) {
            Benchmark bench = new Benchmark(stack, profiles, wrk);
            Map<String, Section> sections = new LinkedHashMap<>();
            sections.put("machine", bench::describeMachine);
            sections.put("catalog", bench::catalog);
            sections.put("ingest", bench::ingest);
            sections.put("reads", bench::reads);
            sections.put("checks", bench::checks);
            sections.put("charts", bench::charts);
            sections.put("delivery", bench::delivery);
            sections.put("webhooks", bench::webhooks);
            // after delivery: its sign-ups' confirmation emails go out for a while and would slow what follows
            sections.put("mixed", bench::mixed);
            sections.put("startup", bench::startup);
            sections.put("footprint", bench::footprint);
            for (Map.Entry<String, Section> section : sections.entrySet()) {
                if (only.isEmpty() || only.contains(section.getKey())) {
                    section.getValue().run();
                }
            }
            if (only.isEmpty()) {
                bench.figures.context("Whole run: " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
                bench.figures.write(root.resolve("bench/RESULTS.md"));
                System.out.println("[bench] wrote bench/RESULTS.md");
            }
        } finally {
            Folders.delete(data);
        }
    }

    /**
     * The services as deployed, but for the abuse limit on sign-ups (raised: the mixed load signs up far more
     * addresses an hour than a person would) and, when profiling, deeper recorded stacks. alert-service trusts
     * X-Forwarded-For from this machine, as it would an ingress controller's, so that sign-ups come from many clients.
     */
    private static StackOptions stackOptions(Profiles profiles) {
        StackOptions options = StackOptions.defaults().withEnvironment("alert-service", Map.of(
                "ALERT_SIGNUP_MAX_PER_CLIENT_PER_HOUR", "100000000",
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1"));
        if (profiles != null) {
            for (String service : StackOptions.SERVICES) {
                options = options.withEnvironment(service, "JDK_JAVA_OPTIONS",
                        "-XX:FlightRecorderOptions:stackdepth=256");
            }
        }
        return options;
    }

    /** One benchmark; the catalog one also loads the data the later ones read. */
    interface Section {
        void run() throws Exception;
    }

    private void describeMachine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        long memKb = procValue(Files.readAllLines(Path.of("/proc/meminfo")), "MemTotal");
        figures.context("Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + memKb / 1024 / 1024 + " GiB");
        figures.context("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "; services run with " + stack.runtimeOf("company-service")
                + " (the other two alike); PostgreSQL 16 (embedded), fsync off");
        figures.context("Data: " + COMPANIES + " companies x " + METRICS + " metrics = " + COMPANIES * METRICS
                + " series of " + QUARTERS + " quarters = " + COMPANIES * METRICS * QUARTERS + " observations");
    }

    // ---- data --------------------------------------------------------------------------------------------

    private void catalog() throws Exception {
        String company = stack.companyUrl() + "/api/v1";
        for (int m = 1; m <= METRICS; m++) {
            admin.post(company + "/metrics", Map.of("code", "M" + m, "name", "Metric " + m, "unit", "USD",
                    "additive", true)).require(Set.of(201), "metric");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < COMPANIES; c++) {
            String code = String.format("C%04d", c);
            done.add(pool.submit(() -> admin.post(company + "/companies", Map.of("code", code,
                    "name", "Company " + code, "layer", "OTHER")).require(Set.of(201), "company")));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /** The synthetic observations, batch by batch: subject, metric, period, value (deterministic). */
    static String csvBatch(int batch) {
        StringBuilder csv = new StringBuilder("subject,metric,period,value,source\n");
        int total = COMPANIES * METRICS * QUARTERS;
        for (int i = batch * BATCH; i < Math.min(total, (batch + 1) * BATCH); i++) {
            int series = i / QUARTERS;
            int quarter = i % QUARTERS;
            csv.append(String.format("C%04d,M%d,%d-Q%d,%d.%02d,synthetic%n", series / METRICS, series % METRICS + 1,
                    2015 + quarter / 4, quarter % 4 + 1, 1000 + (series * 7919L + quarter * 104729L) % 100000,
                    quarter));
        }
        return csv.toString();
    }

    // ---- 1. ingest ----------------------------------------------------------------------------------------

    /**
     * The API's ingest against its limit, {@code COPY} of the same rows into an empty table of the observation
     * table's shape: its keys, checks and foreign keys, which every stored row must pass. The limit is measured
     * first, while company-service idles (after the ingest its JIT compilers still use the same cores), and once
     * more without the foreign keys, to show what they cost.
     */
    private void ingest() throws Exception {
        int total = COMPANIES * METRICS * QUARTERS;
        int batches = (total + BATCH - 1) / BATCH;
        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            bodies.add(csvBatch(b));
        }
        List<String> copies = copyPayloads(bodies);
        double copyRate = copyRate(copies, total, true);
        double copyRateWithoutForeignKeys = copyRate(copies, total, false);
        long start = System.nanoTime();
        Profiles.around(profiles, "ingest", Map.of("company-service", stack.pids().get("company-service")), () -> {
            for (String body : bodies) {
                admin.postText(stack.companyUrl() + "/api/v1/observations", "text/csv", body)
                        .require(Set.of(200), "observations");
            }
        });
        double apiRate = total / seconds(start);
        double ratio = apiRate / copyRate;
        figures.add("1. Ingest, POST /observations (CSV, batches of 10,000; one client)", f0(apiRate) + " rows/s",
                "COPY of the same rows into an empty table of the same shape, foreign keys included: "
                        + f0(copyRate) + " rows/s (without the foreign keys: " + f0(copyRateWithoutForeignKeys)
                        + " rows/s, the service at " + pct(apiRate / copyRateWithoutForeignKeys) + ")",
                pct(ratio), ">= 35% of COPY", ratio >= 0.35);
    }

    /** These CSV bodies as {@code COPY} reads them: the subjects' and metrics' ids in place of their codes. */
    private List<String> copyPayloads(List<String> bodies) throws SQLException {
        try (Connection c = stack.connect("company"); Statement s = c.createStatement()) {
            Map<String, Long> subjects = ids(s, "SELECT code, id FROM subject");
            Map<String, Long> metrics = ids(s, "SELECT code, id FROM metric");
            List<String> copies = new ArrayList<>();
            for (String body : bodies) {
                StringBuilder csv = new StringBuilder();
                for (String line : body.split("\n")) {
                    if (line.startsWith("subject")) {
                        continue;
                    }
                    String[] f = line.split(",");
                    csv.append(subjects.get(f[0])).append(',').append(metrics.get(f[1])).append(',').append(f[2])
                            .append(",QUARTER,").append(f[3]).append(',').append(f[4])
                            .append(",2026-01-01T00:00:00Z\n");
                }
                copies.add(csv.toString());
            }
            return copies;
        }
    }

    /** Rows per second that {@code COPY} stores from these payloads into a new table shaped like observation. */
    private double copyRate(List<String> copies, int rows, boolean withForeignKeys) throws Exception {
        try (Connection c = stack.connect("company"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_observation (LIKE observation INCLUDING ALL)");
            if (withForeignKeys) {
                addForeignKeysOf("observation", "bench_observation", s);
            }
            long copyStart = System.nanoTime();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String csv : copies) {
                copy.copyIn("COPY bench_observation (subject_id, metric_id, period, period_kind, value, source, "
                        + "recorded_at) FROM STDIN WITH (FORMAT csv)", new StringReader(csv));
            }
            double rate = rows / seconds(copyStart);
            s.execute("DROP TABLE bench_observation");
            return rate;
        }
    }

    /** {@code CREATE TABLE ... (LIKE ...)} copies no foreign keys: these are the source table's, as it has them. */
    private static void addForeignKeysOf(String source, String target, Statement s) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"
                + source + "'::regclass AND contype = 'f'")) {
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
        }
        if (definitions.isEmpty()) {
            throw new IllegalStateException(source + " has no foreign keys: the limit's table would differ from it");
        }
        for (String definition : definitions) {
            s.execute("ALTER TABLE " + target + " ADD " + definition);
        }
    }

    // ---- 2. reads -----------------------------------------------------------------------------------------

    private void reads() throws Exception {
        try (Connection c = stack.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE pgbench");
        }
        run(List.of("pgbench", "-i", "-q", "-s", "10", "-h", "localhost", "-p", String.valueOf(stack.postgresPort()),
                "-U", "postgres", "pgbench"));
        String pgbench = run(List.of("pgbench", "-S", "-c", String.valueOf(CLIENTS), "-j", "2", "-T",
                String.valueOf(LOAD_SECONDS), "-h", "localhost", "-p", String.valueOf(stack.postgresPort()), "-U",
                "postgres", "pgbench"));
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(pgbench);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + pgbench);
        }
        double pgTps = Double.parseDouble(tps.group(1));

        JsonNode single = singleSeriesLoad();
        double ratio = single.get("rps").asDouble() / pgTps;
        boolean met = ratio >= 0.25 && single.get("p99").asDouble() < 50 && single.get("errors").asInt() == 0;
        figures.add("2a. GET /series/{subject}/{metric}, " + CLIENTS + " connections (wrk, a separate process)",
                f0(single.get("rps").asDouble()) + " req/s, p50 " + single.get("p50").asText() + " ms, p99 "
                        + single.get("p99").asText() + " ms (" + errors(single) + ")",
                "pgbench -S, " + CLIENTS + " clients: " + f0(pgTps) + " tps", pct(ratio),
                ">= 25% of pgbench -S, p99 < 50 ms", met);
        JsonNode batch = load("query");
        figures.add("2b. POST /series/query (100 YoY series, last 4), " + CLIENTS + " clients",
                f0(batch.get("rps").asDouble()) + " req/s = " + f0(batch.get("rps").asDouble() * 100)
                        + " series/s, p50 " + batch.get("p50").asText() + " ms, p99 " + batch.get("p99").asText()
                        + " ms",
                "pgbench -S: " + f0(pgTps) + " tps", pct(batch.get("rps").asDouble() * 100 / pgTps) + " (series/s)",
                "none", null);
    }

    /** Random single-series reads from wrk: a warm-up, then the measured run (recorded when profiling). */
    private JsonNode singleSeriesLoad() throws Exception {
        List<Wrk.Load> load = List.of(new Wrk.Load(stack.companyUrl(), CLIENTS, 2,
                List.of("series", stack.tokens().admin(), String.valueOf(COMPANIES), String.valueOf(METRICS))));
        wrk.run(load, WARM_UP_SECONDS);
        List<JsonNode> measured = new ArrayList<>();
        String cpu = cpuUse(() -> Profiles.around(profiles, "reads", Map.of("company-service",
                stack.pids().get("company-service")), () -> measured.addAll(wrk.run(load, LOAD_SECONDS))));
        figures.note("2a, CPU used: " + cpu);
        return measured.get(0);
    }

    private JsonNode load(String mode) throws Exception {
        String classpath = System.getProperty("java.class.path");
        String out = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                LoadGenerator.class.getName(), mode, stack.companyUrl(), stack.tokens().admin(),
                String.valueOf(CLIENTS), String.valueOf(LOAD_SECONDS), String.valueOf(COMPANIES),
                String.valueOf(METRICS)));
        return Api.JSON.readTree(out.substring(out.lastIndexOf('{')));
    }

    // ---- charts -----------------------------------------------------------------------------------------------

    /** PNG charts of random series (YoY, a threshold, 600 x 320 at scale 2), drawn per request. */
    private void charts() throws Exception {
        JsonNode charts = load("chart");
        figures.add("2c. GET /series/{subject}/{metric}/chart (PNG, YoY, threshold, scale 2), " + CLIENTS + " clients",
                f0(charts.get("rps").asDouble()) + " charts/s, p50 " + charts.get("p50").asText() + " ms, p99 "
                        + charts.get("p99").asText() + " ms (" + errors(charts) + ")",
                "", "", "none", null);
    }

    // ---- 3. check cycles ----------------------------------------------------------------------------------

    private void checks() throws Exception {
        benchTheses();
        double t10k = checkWith(10_000);
        double t100k = checkWith(100_000);
        figures.add("3b. Growth from 10,000 to 100,000 triggers", "x" + f1(t100k / t10k), "linear: x10", "",
                "<= x11", t100k / t10k <= 11);
        checksAcrossReplicas();
    }

    /** The 100 theses the checks' triggers and the mixed load's reads belong to (made once); answers their ids. */
    private List<String> benchTheses() throws SQLException {
        try (Connection c = stack.connect("thesis"); Statement s = c.createStatement()) {
            if (count(s, "SELECT count(*) FROM thesis WHERE title LIKE 'bench thesis %'") == 0) {
                s.execute("""
                        INSERT INTO thesis (id, title, stance, layer, companies, conviction, owner, status, version,
                                            created_at, updated_at)
                        SELECT gen_random_uuid(), 'bench thesis ' || g, 'LONG', 'OTHER',
                               ARRAY['C' || lpad(g::text, 4, '0')]::varchar(20)[], 3, 'bench', 'ACTIVE', 0, now(), now()
                        FROM generate_series(0, 99) g""");
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM thesis WHERE title LIKE 'bench thesis %' ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    // ---- mixed load ---------------------------------------------------------------------------------------

    /**
     * 200 connections at once for a minute, from wrk: 120 read single series, 50 read theses, 30 sign up new
     * addresses from 500 clients (the sign-up limit per client is raised for the bench, so no answer is a 429).
     */
    private void mixed() throws Exception {
        String theses = String.join(",", benchTheses());
        wrk.run(mixedLoads(theses, "warm-up"), MIXED_WARM_UP_SECONDS);
        List<Wrk.Load> loads = mixedLoads(theses, "measured");
        List<JsonNode> measured = new ArrayList<>();
        String cpu = cpuUse(() -> Profiles.around(profiles, "mixed", stack.pids(),
                () -> measured.addAll(wrk.run(loads, MIXED_SECONDS))));
        String[] names = {"series reads (120)", "thesis reads (50)", "sign-ups (30)"};
        List<String> parts = new ArrayList<>();
        long errors = 0;
        double throughput = 0;
        double worstP99 = 0;
        for (int i = 0; i < names.length; i++) {
            JsonNode m = measured.get(i);
            parts.add(names[i] + " " + f0(m.get("rps").asDouble()) + " req/s, p50 " + m.get("p50").asText()
                    + " ms, p99 " + m.get("p99").asText() + " ms, " + errors(m));
            errors += m.get("errors").asLong();
            throughput += m.get("rps").asDouble();
            worstP99 = Math.max(worstP99, m.get("p99").asDouble());
        }
        long drainStart = System.nanoTime();
        int pending = awaitEmailsSent(300);
        parts.add("CPU used: " + cpu);
        parts.add("the sign-ups' confirmation emails were all sent " + f0(seconds(drainStart)) + " s after the load"
                + (pending == 0 ? "" : " but " + pending + " (still pending after 300 s)"));
        figures.add("7. Mixed load, 200 connections for " + MIXED_SECONDS + " s (wrk)",
                f0(throughput) + " req/s in all, " + errors + " errors, p99 at most " + f2(worstP99) + " ms: "
                        + String.join("; ", parts), "", "", "0 errors, p99 < 200 ms", errors == 0 && worstP99 < 200);
    }

    /** The mixed load's three kinds of request; {@code run} keeps each run's sign-up addresses apart. */
    private List<Wrk.Load> mixedLoads(String theses, String run) {
        String token = stack.tokens().admin();
        return List.of(
                new Wrk.Load(stack.companyUrl(), 120, 2, List.of("series", token, String.valueOf(COMPANIES),
                        String.valueOf(METRICS))),
                new Wrk.Load(stack.thesisUrl(), 50, 1, List.of("theses", token, theses)),
                new Wrk.Load(stack.alertUrl(), 30, 1, List.of("signups", run + System.currentTimeMillis())));
    }

    /** A load's errors and, where wrk says what they were, that too: "3 errors (HTTP 503: 1, timeout: 2)". */
    private static String errors(JsonNode loadFigures) {
        String count = loadFigures.get("errors").asText() + " errors";
        JsonNode why = loadFigures.path("why");
        if (why.isEmpty()) {
            return count;
        }
        List<String> kinds = new ArrayList<>();
        why.fields().forEachRemaining(kind -> kinds.add(kind.getKey() + ": " + kind.getValue().asText()));
        return count + " (" + String.join(", ", kinds) + ")";
    }

    /** Waits until alert-service's email outbox holds nothing pending (at most this long); answers what is left. */
    private int awaitEmailsSent(int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (Connection c = stack.connect("alert"); Statement s = c.createStatement()) {
            int pending;
            while ((pending = count(s, "SELECT count(*) FROM delivery WHERE status = 'PENDING'")) > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            return pending;
        }
    }

    /**
     * The 100,000-trigger check with 1, 2 and 3 alert-service replicas sharing its work items, each replica's items
     * and CPU, and how busy the machine's cores were: on 2 cores the replicas share the CPU with PostgreSQL and the
     * other two services, so the gain is bounded by the machine, not by the design.
     */
    private void checksAcrossReplicas() throws Exception {
        List<Long> replicas = new ArrayList<>(List.of(stack.pids().get("alert-service")));
        List<String> added = new ArrayList<>();
        for (int count = 1; count <= 3; count++) {
            if (count > 1) {
                added.add(stack.addReplica("alert-service", Stack.freePort()));
                replicas.add(stack.replicaPid(added.get(added.size() - 1)));
            }
            Map<Long, Duration> cpuBefore = cpuTimes(replicas);
            long[] machineBefore = machineTicks();
            long start = System.nanoTime();
            JsonNode answered = admin.post(stack.alertUrl() + "/api/v1/checks", Map.of()).require(Set.of(200),
                    "check");
            double wall = seconds(start);
            long[] machineAfter = machineTicks();
            Map<Long, Duration> cpuAfter = cpuTimes(replicas);
            JsonNode run = admin.get(stack.alertUrl() + "/api/v1/checks/" + answered.get("id").asLong())
                    .require(Set.of(200), "check run");
            List<String> shares = new ArrayList<>();
            for (long pid : replicas) {
                long items = 0;
                for (JsonNode item : run.get("workItems")) {
                    items += item.get("replica").asText().endsWith("/" + pid) ? 1 : 0;
                }
                shares.add(items + " items, " + f1(cpuAfter.get(pid).minus(cpuBefore.get(pid)).toMillis() / 1000.0)
                        + " s CPU");
            }
            double busy = (double) (machineAfter[0] - machineBefore[0]) / (machineAfter[1] - machineBefore[1]);
            List<Long> itemMillis = new ArrayList<>();
            run.get("workItems").forEach(item -> itemMillis.add(Duration.between(
                    Instant.parse(item.get("startedAt").asText()), Instant.parse(item.get("finishedAt").asText()))
                    .toMillis()));
            java.util.Collections.sort(itemMillis);
            shares.add("an item takes " + itemMillis.get(itemMillis.size() / 2) + " ms (median) from claim to "
                    + "settlement");
            figures.add("3c. Check cycle, 100,000 triggers, " + count + " alert-service replica(s)",
                    f2(wall) + " s, " + run.get("evaluated") + " evaluated in " + run.get("items") + " work items; per "
                            + "replica: " + String.join("; ", shares),
                    "the machine's " + Runtime.getRuntime().availableProcessors() + " cores " + pct(busy) + " busy",
                    "", "none", null);
        }
        // the later figures are of one replica, as before; these hold nothing now that the run has completed
        for (String replica : added) {
            stack.killReplica(replica);
        }
    }

    /**
     * Runs the work and tells the CPU seconds each service used meanwhile and what the rest of the machine used
     * (PostgreSQL, the load generator, the kernel), out of the seconds its cores had.
     */
    private String cpuUse(Section work) throws Exception {
        Map<String, Long> services = stack.pids();
        Map<Long, Duration> before = cpuTimes(List.copyOf(services.values()));
        long[] machineBefore = machineTicks();
        long start = System.nanoTime();
        work.run();
        double wall = seconds(start);
        long[] machineAfter = machineTicks();
        Map<Long, Duration> after = cpuTimes(List.copyOf(services.values()));
        int cores = Runtime.getRuntime().availableProcessors();
        double busy = (double) (machineAfter[0] - machineBefore[0]) / (machineAfter[1] - machineBefore[1]);
        List<String> parts = new ArrayList<>();
        double used = 0;
        for (Map.Entry<String, Long> service : services.entrySet()) {
            double seconds = after.get(service.getValue()).minus(before.get(service.getValue())).toMillis() / 1000.0;
            used += seconds;
            parts.add(service.getKey() + " " + f1(seconds) + " s");
        }
        parts.add("the rest (PostgreSQL, the load generator, the kernel) " + f1(busy * cores * wall - used) + " s");
        return String.join(", ", parts) + " of the " + f0(cores * wall) + " s the " + cores + " cores had ("
                + pct(busy) + " busy)";
    }

    /** The CPU time each process has used so far. */
    private static Map<Long, Duration> cpuTimes(List<Long> pids) {
        Map<Long, Duration> times = new HashMap<>();
        for (long pid : pids) {
            times.put(pid, ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO));
        }
        return times;
    }

    /** The machine's busy and total CPU ticks so far (/proc/stat, all cores). */
    private static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {total - idle, total};
    }

    /**
     * Adds bench triggers up to this count, runs a first check (states created), then measures a second. Each
     * names its kind and basis, as every trigger created through the API does.
     */
    private double checkWith(int triggers) throws Exception {
        try (Connection c = stack.connect("thesis"); Statement s = c.createStatement()) {
            int existing = count(s, "SELECT count(*) FROM risk_trigger WHERE name LIKE 'bench %'");
            s.execute("""
                    WITH t AS (SELECT array_agg(id ORDER BY id) a FROM thesis WHERE title LIKE 'bench thesis %%')
                    INSERT INTO risk_trigger (id, thesis_id, name, subject, metric, transform, series_window, operator,
                                              threshold, for_periods, severity, enabled, version, created_at,
                                              updated_at, kind, basis)
                    SELECT gen_random_uuid(), t.a[1 + g %% 100], 'bench ' || g,
                           'C' || lpad(((g / 5) %% 4000)::text, 4, '0'), 'M' || (g %% 5 + 1),
                           (ARRAY['VALUE', 'YOY_PCT', 'POP_PCT', 'CHANGE_PCT', 'CHANGE_PCT'])[1 + (g / 20000) %% 5],
                           CASE (g / 20000) %% 5 WHEN 3 THEN 4 WHEN 4 THEN 8 END,
                           'GT', 1e18, 1, 'INFO', true, 0, now(), now(), 'QUARTER', 'FISCAL'
                    FROM generate_series(%d, %d) g, t""".formatted(existing, triggers - 1));
        }
        JsonNode first = admin.post(stack.alertUrl() + "/api/v1/checks", Map.of()).require(Set.of(200), "check");
        resetStatements();
        Map<String, double[]> callsBefore = neighbourCalls();
        long start = System.nanoTime();
        List<JsonNode> answers = new ArrayList<>();
        Profiles.around(triggers == 100_000 ? profiles : null, "checks", stack.pids(), () -> answers.add(
                admin.post(stack.alertUrl() + "/api/v1/checks", Map.of()).require(Set.of(200), "check")));
        JsonNode second = answers.get(0);
        double wall = seconds(start);
        Map<String, String> statements = statements();
        Map<String, double[]> callsAfter = neighbourCalls();
        if (second.get("evaluated").asInt() != triggers) {
            figures.note("check of " + triggers + " evaluated " + second.get("evaluated") + " ("
                    + second.get("problem") + ")");
        }
        String label = triggers == 10_000 ? "3a. Check cycle, 10,000 triggers" : "3a. Check cycle, 100,000 triggers";
        figures.add(label, f2(wall) + " s (first check, creating the states: "
                        + f2(seconds(first)) + " s); " + second.get("httpCalls") + " HTTP calls ("
                        + meanCalls(callsBefore, callsAfter) + "); SQL statements (and their time in PostgreSQL) "
                        + statements,
                "", "", triggers == 100_000 ? "<= 10 s" : "none", triggers == 100_000 ? wall <= 10 : null);
        return wall;
    }

    /** alert-service's calls to its neighbours so far, by path: {seconds, count} (its /q/metrics). */
    private Map<String, double[]> neighbourCalls() throws Exception {
        Map<String, double[]> calls = new HashMap<>();
        String metrics = admin.get(stack.alertUrl() + "/q/metrics").text();
        for (String line : metrics.split("\n")) {
            boolean sum = line.startsWith("http_client_requests_seconds_sum{");
            if (!sum && !line.startsWith("http_client_requests_seconds_count{")) {
                continue;
            }
            int uri = line.indexOf("uri=\"");
            String path = line.substring(uri + 5, line.indexOf('"', uri + 5));
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            calls.computeIfAbsent(path, p -> new double[2])[sum ? 0 : 1] += value;
        }
        return calls;
    }

    /** The mean time of the calls made between two readings, by path. */
    private static String meanCalls(Map<String, double[]> before, Map<String, double[]> after) {
        List<String> means = new ArrayList<>();
        after.forEach((path, now) -> {
            double[] then = before.getOrDefault(path, new double[2]);
            double count = now[1] - then[1];
            if (count > 0) {
                means.add(path + " " + f0(count) + " x " + f1((now[0] - then[0]) * 1000 / count) + " ms");
            }
        });
        java.util.Collections.sort(means);
        return String.join(", ", means);
    }

    private void resetStatements() throws SQLException {
        try (Connection c = stack.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The SQL statements each service's database ran since the reset, and their time in PostgreSQL. */
    private Map<String, String> statements() throws SQLException {
        Map<String, String> calls = new TreeMap<>();
        try (Connection c = stack.connect("postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT d.datname, sum(s.calls), sum(s.total_exec_time)
                        FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                        WHERE d.datname IN ('company', 'thesis', 'alert') GROUP BY d.datname""")) {
            while (rs.next()) {
                calls.put(rs.getString(1), rs.getLong(2) + " in " + f0(rs.getDouble(3)) + " ms");
            }
        }
        return calls;
    }

    // ---- 4. delivery --------------------------------------------------------------------------------------

    private void delivery() throws Exception {
        int subscribers = 10_000;
        String thesisId;
        try (Connection c = stack.connect("thesis"); Statement s = c.createStatement()) {
            s.execute("UPDATE risk_trigger SET enabled = false WHERE name LIKE 'bench %'");
            s.execute("""
                    INSERT INTO thesis (id, title, stance, layer, companies, conviction, owner, status, version,
                                        created_at, updated_at)
                    VALUES (gen_random_uuid(), 'delivery bench', 'LONG', 'OTHER', ARRAY['C0000']::varchar(20)[], 3,
                            'bench', 'ACTIVE', 0, now(), now())""");
            thesisId = string(s, "SELECT id FROM thesis WHERE title = 'delivery bench'");
            s.execute("""
                    INSERT INTO risk_trigger (id, thesis_id, name, subject, metric, transform, operator, threshold,
                                              for_periods, severity, enabled, version, created_at, updated_at, kind,
                                              basis)
                    VALUES (gen_random_uuid(), '%s', 'Delivery bench trigger', 'C0000', 'M1', 'VALUE', 'GT', 0, 1,
                            'CRITICAL', true, 0, now(), now(), 'QUARTER', 'FISCAL')""".formatted(thesisId));
        }
        try (Connection c = stack.connect("alert"); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO subscriber (id, email, delivery, min_severity, notify_resolved, locale, status,
                                            created_at, confirmed_at)
                    SELECT gen_random_uuid(), 'reader' || g || '@bench.example.com', 'IMMEDIATE', 'INFO', true,
                           CASE WHEN g %% 2 = 0 THEN 'en' ELSE 'zh-TW' END, 'ACTIVE', now(), now()
                    FROM generate_series(1, %d) g""".formatted(subscribers));
            s.execute("""
                    INSERT INTO subscription (id, subscriber_id, thesis_id, created_at)
                    SELECT gen_random_uuid(), id, '%s', now() FROM subscriber WHERE email LIKE '%%@bench.example.com'
                    """.formatted(thesisId));
        }
        long start = System.nanoTime();
        JsonNode check = admin.post(stack.alertUrl() + "/api/v1/checks", Map.of()).require(Set.of(200), "check");
        double checkSeconds = seconds(start);
        long sendStart = System.nanoTime();
        int sent = 0;
        try (Connection c = stack.connect("alert"); Statement s = c.createStatement()) {
            while (sent < subscribers && seconds(sendStart) < 600) {
                Thread.sleep(250);
                sent = count(s, "SELECT count(*) FROM delivery d JOIN subscriber u ON u.id = d.subscriber_id "
                        + "WHERE d.status = 'SENT' AND u.email LIKE '%@bench.example.com'");
            }
        }
        double rate = sent / seconds(sendStart);
        ReceivedEmail delivered = stack.emails().stream()
                .filter(email -> email.subject().contains("Delivery bench trigger")).findFirst().orElseThrow();
        boolean charted = !delivered.inlineImages().isEmpty();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        delivered.writeTo(raw);
        double sinkRate = smtpSinkRate(raw.toByteArray(), 2_000, 4);
        figures.add("4. Delivery of " + subscribers + " alert emails through the outbox to a local SMTP server"
                        + (charted ? ", each with its chart" : ", WITHOUT charts"),
                f0(rate) + " emails/s (" + sent + " sent, " + raw.size() / 1024 + " KiB each; the check that wrote "
                        + "the " + check.get("fired") + " event and its outbox rows took " + f2(checkSeconds) + " s)",
                "the local SMTP server alone takes " + f0(sinkRate) + " such emails/s (4 connections)",
                pct(rate / sinkRate), ">= 100 emails/s", rate >= 100);
    }

    /** How many copies of this email per second the stack's SMTP catcher takes from plain SMTP clients. */
    private double smtpSinkRate(byte[] email, int copies, int connections) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(email));
        Address[] to = {new InternetAddress("sink@bench.example.org")};
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            senders.add(pool.submit(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect("127.0.0.1", stack.smtpPort(), null, null);
                    for (int i = 0; i < copies / connections; i++) {
                        transport.sendMessage(message, to);
                    }
                }
                return null;
            }));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        pool.shutdown();
        return copies / seconds(start);
    }

    // ---- webhooks ---------------------------------------------------------------------------------------------

    /** Webhook messages through the outbox to a receiver on this machine that answers 204 at once. */
    private void webhooks() throws Exception {
        int messages = 5_000;
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        receiver.setExecutor(threads);
        receiver.start();
        try {
            String webhooks = stack.alertUrl() + "/api/v1/webhooks";
            String id = admin.post(webhooks, Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort()
                    + "/hook", "description", "bench receiver")).require(Set.of(201), "webhook").get("id").asText();
            admin.post(webhooks + "/" + id + "/test", Map.of()).require(Set.of(202), "test message");
            awaitCount(received, 1, 60);
            try (Connection c = stack.connect("alert"); Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO webhook_delivery (webhook_id, message_id, event_type, payload, status, attempts,
                                                      next_attempt_at, created_at)
                        SELECT d.webhook_id, 'msg_bench_' || g, d.event_type, d.payload, 'PENDING', 0, now(), now()
                        FROM webhook_delivery d, generate_series(1, %d) g WHERE d.webhook_id = '%s'
                        """.formatted(messages, id));
            }
            long start = System.nanoTime();
            awaitCount(received, messages + 1, 600);
            double rate = messages / seconds(start);
            figures.add("6. Webhook messages to a local receiver through the outbox (signed, settled one by one)",
                    f0(rate) + " messages/s (" + (received.get() - 1) + " received)", "", "", ">= 100 messages/s",
                    rate >= 100);
            try (Connection c = stack.connect("alert"); Statement s = c.createStatement()) {
                s.execute("DELETE FROM webhook WHERE id = '" + id + "'");
            }
        } finally {
            receiver.stop(0);
            threads.shutdownNow();
        }
    }

    private static void awaitCount(AtomicInteger count, int expected, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (count.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    // ---- 5. footprint -------------------------------------------------------------------------------------

    /**
     * How long each service takes from launch to ready when it starts alone (another process of it on the same,
     * migrated database while the stack idles; the median of three), and the three starting together.
     */
    private void startup() throws Exception {
        for (String service : StackOptions.SERVICES) {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                String replica = stack.addReplica(service, Stack.freePort());
                millis.add((System.nanoTime() - start) / 1_000_000);
                stack.killReplica(replica);
            }
            java.util.Collections.sort(millis);
            double median = millis.get(1) / 1000.0;
            figures.add("5a. Ready after launch, " + service + " started alone", f2(median) + " s (median of 3: "
                    + millis + " ms)", "", "", "<= 3 s", median <= 3);
        }
        double together = stack.readyAfter().values().stream().mapToLong(Duration::toMillis).max().orElse(0) / 1000.0;
        figures.add("5b. Ready after launch, the three services started together", f2(together) + " s (" +
                stack.readyAfter().entrySet().stream().map(e -> e.getKey() + " " + f2(e.getValue().toMillis() / 1000.0)
                        + " s").toList() + ")", "", "", "<= 6 s", together <= 6);
    }

    /**
     * Resident memory of each service right after the run, at -Xmx256m, with its threads (each holds its stack); the
     * verdict is on that figure. Then the same after {@link #AT_REST_SECONDS} idle, what a pod holds at rest: by
     * then G1's periodic collection has run (15 s without a collection) and freed native memory has been handed back.
     */
    private void footprint() throws Exception {
        Map<String, List<String>> afterRun = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Long> service : stack.pids().entrySet()) {
            afterRun.put(service.getKey(), processStatus(service.getValue()));
        }
        Thread.sleep(Duration.ofSeconds(AT_REST_SECONDS).toMillis());
        for (Map.Entry<String, Long> service : stack.pids().entrySet()) {
            List<String> status = afterRun.get(service.getKey());
            long rssMib = procValue(status, "VmRSS") / 1024;
            long atRestMib = procValue(processStatus(service.getValue()), "VmRSS") / 1024;
            figures.add("5c. Resident memory after the run, " + service.getKey() + " (-Xmx256m)",
                    rssMib + " MiB (" + procValue(status, "Threads") + " threads); " + atRestMib + " MiB after "
                            + AT_REST_SECONDS + " s at rest", "", "", "<= 300 MiB", rssMib <= 300);
        }
    }

    private static List<String> processStatus(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status"));
    }

    /** A number from /proc/meminfo or /proc/[pid]/status, such as {@code VmRSS:  1234 kB} or {@code Threads:  57}. */
    private static long procValue(List<String> status, String key) {
        return status.stream().filter(l -> l.startsWith(key + ":")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst().orElse(0L);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static Map<String, Long> ids(Statement s, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String string(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double seconds(JsonNode run) {
        return Duration.between(java.time.Instant.parse(run.get("startedAt").asText()),
                java.time.Instant.parse(run.get("finishedAt").asText())).toMillis() / 1000.0;
    }

    private static String f0(double v) {
        return String.format("%,.0f", v);
    }

    private static String f1(double v) {
        return String.format("%.1f", v);
    }

    private static String f2(double v) {
        return String.format("%.2f", v);
    }

    private static String pct(double ratio) {
        return String.format("%.0f%%", ratio * 100);
    }
}
