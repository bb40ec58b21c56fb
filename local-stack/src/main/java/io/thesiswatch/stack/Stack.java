package io.thesiswatch.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.thesiswatch.devinfra.DevTokenEndpoint;
import io.thesiswatch.devinfra.DevTokens;
import io.thesiswatch.devinfra.PostgresServer;
import io.thesiswatch.devinfra.ReceivedEmail;
import io.thesiswatch.devinfra.SmtpCatcher;

/**
 * The whole system on one machine: an embedded PostgreSQL, an SMTP catcher with an inbox, and the three
 * services as processes wired to them. Closing it stops everything, services first. Parts of it can be stopped
 * and started again while it runs (a service killed or stopped, the database down for a while), as faults happen
 * in a deployment.
 */
public final class Stack implements AutoCloseable {

    /** Where things listen; 0 picks a free port. */
    public record Ports(int postgres, int smtp, int inbox, int company, int thesis, int alert) {

        public static Ports standard() {
            return new Ports(55432, 2525, 8025, 8081, 8082, 8083);
        }

        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
        }
    }

    private static final List<String> DATABASES = List.of("company", "thesis", "alert");
    /** Tokens name this domain (issuer https://identity.thesiswatch.local, admin@thesiswatch.local). */
    static final String IDENTITY_DOMAIN = "thesiswatch.local";
    /** As long as Keycloak's access tokens last by default: a stack that runs a while sees them renewed. */
    private static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofMinutes(5);

    /** How the database was started, to start it again on the same port with the same data. */
    private final PostgresServer.Builder databaseSetup;
    /** Null while the database is stopped. */
    private volatile PostgresServer database;
    private final int databasePort;
    private final SmtpCatcher mail;
    private final InboxServer inbox;
    private final List<ServiceProcess> services;
    private final Path root;
    private final Path logs;
    private final BindHost host;
    private final DevTokens tokens;
    private final DevTokenEndpoint identityProvider;

    private final Map<String, Duration> readyAfter = new java.util.LinkedHashMap<>();

    private Stack(PostgresServer.Builder databaseSetup, PostgresServer database, SmtpCatcher mail, InboxServer inbox,
            List<ServiceProcess> services, Path root, Path logs, BindHost host, DevTokens tokens,
            DevTokenEndpoint identityProvider) {
        this.tokens = tokens;
        this.identityProvider = identityProvider;
        this.host = host;
        this.databaseSetup = databaseSetup;
        this.database = database;
        this.databasePort = database.port();
        this.mail = mail;
        this.inbox = inbox;
        this.services = services;
        this.root = root;
        this.logs = logs;
    }

    /**
     * Starts everything, listening on 127.0.0.1. {@code root} is the repository (the services' packaged jars are
     * under it), {@code dataDirectory} keeps the database, the inbox and the logs, {@code checkCron} is the
     * alert-service schedule.
     */
    public static Stack start(Path root, Path dataDirectory, Ports ports, String checkCron, Consumer<String> progress)
            throws IOException, InterruptedException {
        return start(root, dataDirectory, ports, BindHost.LOOPBACK, checkCron, Map.of(), progress);
    }

    /** As above, with extra PostgreSQL server settings (a benchmark loads pg_stat_statements, say). */
    public static Stack start(Path root, Path dataDirectory, Ports ports, String checkCron,
            Map<String, String> postgresConfig, Consumer<String> progress)
            throws IOException, InterruptedException {
        return start(root, dataDirectory, ports, BindHost.LOOPBACK, checkCron, postgresConfig, progress);
    }

    /** As above, the services started with these options (extra environment for some of them). */
    public static Stack start(Path root, Path dataDirectory, Ports ports, String checkCron, StackOptions options,
            Consumer<String> progress) throws IOException, InterruptedException {
        return start(root, dataDirectory, ports, BindHost.LOOPBACK, checkCron, Map.of(), options, progress);
    }

    /** As above, the services and the inbox listening on this host. */
    public static Stack start(Path root, Path dataDirectory, Ports ports, BindHost host, String checkCron,
            Map<String, String> postgresConfig, Consumer<String> progress)
            throws IOException, InterruptedException {
        return start(root, dataDirectory, ports, host, checkCron, postgresConfig, StackOptions.defaults(), progress);
    }

    /** As above, the services started with these options. */
    public static Stack start(Path root, Path dataDirectory, Ports ports, BindHost host, String checkCron,
            Map<String, String> postgresConfig, StackOptions options, Consumer<String> progress)
            throws IOException, InterruptedException {
        progress.accept("Starting PostgreSQL on port " + ports.postgres() + " (data in "
                + dataDirectory.resolve("pgdata") + ")");
        PostgresServer.Builder databaseSetup = PostgresServer.builder().dataDirectory(dataDirectory.resolve("pgdata"))
                .port(ports.postgres()).databases(DATABASES).durable(options.durableDatabase())
                .settings(postgresConfig);
        PostgresServer database = databaseSetup.start();
        // a restart must find it where the services look for it, also when the port was picked at random
        databaseSetup.port(database.port());
        List<ServiceProcess> services = new ArrayList<>();
        SmtpCatcher mail = null;
        InboxServer inbox = null;
        Stack stack = null;
        try {
            progress.accept("Starting the SMTP catcher on port " + ports.smtp() + ", inbox on port " + ports.inbox());
            mail = SmtpCatcher.start(ports.smtp());
            inbox = InboxServer.start(mail, dataDirectory.resolve("inbox"), host.address(), ports.inbox());
            Path logs = dataDirectory.resolve("logs");
            DevTokens tokens = DevTokens.withKeysIn(dataDirectory, IDENTITY_DOMAIN);
            DevTokenEndpoint identityProvider = DevTokenEndpoint.start(tokens,
                    Map.of("thesis-service", randomSecret(), "alert-service", randomSecret()), SERVICE_TOKEN_LIFETIME);
            stack = new Stack(databaseSetup, database, mail, inbox, services, root, logs, host, tokens,
                    identityProvider);
            String company = url(host, ports.company());
            String thesis = url(host, ports.thesis());
            Map<String, String> companyEnv = service(database, "company", tokens);
            companyEnv.putAll(options.environmentOf("company-service"));
            services.add(ServiceProcess.start(root, "company-service", host, ports.company(), companyEnv, logs));
            Map<String, String> thesisEnv = service(database, "thesis", tokens);
            thesisEnv.putAll(environmentVariables(identityProvider.clientSettings("thesis-service")));
            thesisEnv.put("QUARKUS_REST_CLIENT_COMPANY_SERVICE_URL", company);
            thesisEnv.putAll(options.environmentOf("thesis-service"));
            services.add(ServiceProcess.start(root, "thesis-service", host, ports.thesis(), thesisEnv, logs));
            Map<String, String> alertEnv = service(database, "alert", tokens);
            alertEnv.putAll(environmentVariables(identityProvider.clientSettings("alert-service")));
            alertEnv.put("QUARKUS_REST_CLIENT_COMPANY_SERVICE_URL", company);
            alertEnv.put("QUARKUS_REST_CLIENT_THESIS_SERVICE_URL", thesis);
            alertEnv.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            alertEnv.put("QUARKUS_MAILER_PORT", String.valueOf(mail.port()));
            alertEnv.put("QUARKUS_MAILER_FROM", "Thesis Watch <alerts@thesiswatch.local>");
            alertEnv.put("ALERT_CHECK_CRON", checkCron);
            alertEnv.put("ALERT_PUBLIC_BASE_URL", url(host, ports.alert()));
            alertEnv.put("ALERT_TOKEN_SECRET", secret(dataDirectory));
            // links to this machine over http; every email signed with DKIM, as in production (a key of its own)
            alertEnv.put("ALERT_LINKS_ALLOW_HTTP", "true");
            alertEnv.put("ALERT_DKIM_ENABLED", "true");
            alertEnv.put("ALERT_DKIM_PRIVATE_KEY", dkimKey(dataDirectory));
            alertEnv.put("ALERT_DKIM_DOMAIN", "thesiswatch.local");
            alertEnv.put("ALERT_DKIM_SELECTOR", "local");
            alertEnv.put("ALERT_DELIVERY_INTERVAL", "1s");
            // webhooks to receivers on this machine (production takes https to public addresses only)
            alertEnv.put("ALERT_WEBHOOKS_ALLOW_HTTP", "true");
            alertEnv.put("ALERT_WEBHOOKS_ALLOWED_DESTINATIONS", "127.0.0.0/8");
            alertEnv.putAll(options.environmentOf("alert-service"));
            services.add(ServiceProcess.start(root, "alert-service", host, ports.alert(), alertEnv, logs));
            java.time.Instant launched = java.time.Instant.now();
            for (ServiceProcess service : services) {
                progress.accept("Waiting for " + service.name() + " at " + service.baseUrl() + " ...");
                service.awaitReady(Duration.ofSeconds(120));
                stack.readyAfter.put(service.name(), Duration.between(launched, java.time.Instant.now()));
                progress.accept(service.name() + " is ready");
            }
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (stack != null) {
                stack.close();
            } else {
                if (inbox != null) {
                    inbox.close();
                }
                if (mail != null) {
                    mail.close();
                }
                database.close();
            }
            throw e;
        }
    }

    /**
     * Starts one more process of a service on the same database, with the same environment on another port (a
     * replica), and waits until it is ready; answers its base URL.
     */
    public String addReplica(String service, int port) throws IOException, InterruptedException {
        ServiceProcess replica = process(service).another(port, logs.resolve("replica-" + port));
        services.add(replica);
        replica.awaitReady(Duration.ofSeconds(120));
        return replica.baseUrl();
    }

    /** Kills a replica that {@link #addReplica} started, by its base URL, as {@link #kill}. */
    public void killReplica(String baseUrl) throws InterruptedException {
        replica(baseUrl).kill();
    }

    /** The process id of a replica that {@link #addReplica} started, by its base URL. */
    public long replicaPid(String baseUrl) {
        return replica(baseUrl).pid();
    }

    private ServiceProcess replica(String baseUrl) {
        return services.stream().skip(StackOptions.SERVICES.size()).filter(s -> s.baseUrl().equals(baseUrl))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No replica at " + baseUrl));
    }

    /** Kills a service at once (SIGKILL: no shutdown hook, no graceful end of anything in flight). */
    public void kill(String service) throws InterruptedException {
        process(service).kill();
    }

    /**
     * Stops a service gracefully (SIGTERM) and waits until it has exited; answers its exit value. One that has not
     * exited within a minute is killed, and that is a failure.
     */
    public int stop(String service) throws InterruptedException {
        return process(service).stop(Duration.ofSeconds(60));
    }

    /** Starts a killed or stopped service again (same port, same environment) and waits until it is ready. */
    public void restart(String service) throws IOException, InterruptedException {
        int at = StackOptions.SERVICES.indexOf(StackOptions.requireService(service));
        ServiceProcess restarted = services.get(at).restart();
        services.set(at, restarted);
        restarted.awaitReady(Duration.ofSeconds(120));
    }

    /**
     * Stops PostgreSQL (fast shutdown: every session is ended), keeping its data. The services stay up and find
     * the database gone.
     */
    public void stopDatabase() throws IOException {
        PostgresServer running = database;
        if (running == null) {
            throw new IllegalStateException("The database is stopped already");
        }
        database = null;
        running.close();
    }

    /** Starts PostgreSQL again after {@link #stopDatabase()}: same port, same data directory, same settings. */
    public void startDatabase() throws IOException {
        if (database != null) {
            throw new IllegalStateException("The database is running already");
        }
        database = databaseSetup.start();
    }

    /**
     * Calls this listener with every email the SMTP catcher receives from now on, once per email, before the sender
     * is told it was accepted (on the SMTP server's thread: keep it short).
     */
    public void onEveryEmail(Consumer<ReceivedEmail> listener) {
        mail.onEveryEmail(listener);
    }

    /** The base URL of one of the three services, by name ({@link StackOptions#SERVICES}). */
    public String url(String service) {
        return process(service).baseUrl();
    }

    private ServiceProcess process(String service) {
        return services.get(StackOptions.SERVICES.indexOf(StackOptions.requireService(service)));
    }

    /** How long each service took from launch to ready (they start together, so these overlap). */
    public Map<String, Duration> readyAfter() {
        return readyAfter;
    }

    /** How a service's JVM runs: a 256 MiB heap, then its image's options and allocator settings. */
    public String runtimeOf(String service) {
        return process(service).runtime();
    }

    /** The process id of each of the three services. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        services.subList(0, 3).forEach(s -> pids.put(s.name(), s.pid()));
        return pids;
    }

    /** A connection to one of the databases (company, thesis, alert or postgres), as the superuser. */
    public java.sql.Connection connect(String name) throws SQLException {
        PostgresServer running = database;
        if (running == null) {
            throw new SQLException("The database is stopped");
        }
        return running.connect(name);
    }

    public String companyUrl() {
        return services.get(0).baseUrl();
    }

    public String thesisUrl() {
        return services.get(1).baseUrl();
    }

    public String alertUrl() {
        return services.get(2).baseUrl();
    }

    public String inboxUrl() {
        return url(host, inbox.port());
    }

    /** The address the services and the inbox listen on. */
    public BindHost host() {
        return host;
    }

    /** The port of the SMTP catcher the alert-services send to. */
    public int smtpPort() {
        return mail.port();
    }

    public int postgresPort() {
        return databasePort;
    }

    /**
     * Every email the SMTP catcher received since this stack started, one per recipient, each recipient's oldest
     * first. The inbox ({@link #inboxUrl()}) also shows those of earlier runs, newest first.
     */
    public List<ReceivedEmail> emails() {
        return mail.emails();
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::askToStop);
        for (ServiceProcess service : services) {
            try {
                service.awaitStopped();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        identityProvider.close();
        inbox.close();
        mail.close();
        PostgresServer running = database;
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokens for the development identity that the services trust. */
    public DevTokens tokens() {
        return tokens;
    }

    /** The token endpoint the calling services get their client-credentials tokens from. */
    public DevTokenEndpoint identityProvider() {
        return identityProvider;
    }

    /**
     * A service's environment: its database, the key that verifies tokens and the tokens it accepts (the development
     * tokens of tokens.env live a month). The calling services add their OAuth2 client at the token endpoint.
     */
    private static Map<String, String> service(PostgresServer database, String name, DevTokens tokens) {
        Map<String, String> env = new HashMap<>();
        env.put("MP_JWT_VERIFY_PUBLICKEY", tokens.publicKey());
        env.put("MP_JWT_VERIFY_ISSUER", tokens.issuer());
        env.put("MP_JWT_VERIFY_AUDIENCES", DevTokens.AUDIENCE);
        env.put("MP_JWT_VERIFY_TOKEN_AGE", String.valueOf(DevTokens.PERSON_LIFETIME.toSeconds()));
        env.put("THESISWATCH_PROBLEM_TOKEN_HINT", "tokens for each role are in .local-stack/tokens.env");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        return env;
    }

    /** Configuration properties as the environment variables that set them. */
    private static Map<String, String> environmentVariables(Map<String, String> properties) {
        Map<String, String> env = new HashMap<>();
        properties.forEach((name, value) -> env.put(name.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"), value));
        return env;
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The link-signing key of this data folder: made once, so that links in old emails keep working. */
    private static String secret(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("token-secret");
        if (java.nio.file.Files.exists(file)) {
            return java.nio.file.Files.readString(file).trim();
        }
        String secret = randomSecret();
        java.nio.file.Files.createDirectories(dataDirectory);
        java.nio.file.Files.writeString(file, secret);
        return secret;
    }

    /** The local stack's DKIM signing key (RSA, PKCS#8, base64), made on first start and kept with the data. */
    private static String dkimKey(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("dkim-private.b64");
        if (java.nio.file.Files.exists(file)) {
            return java.nio.file.Files.readString(file).trim();
        }
        String key;
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = java.util.Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        java.nio.file.Files.createDirectories(dataDirectory);
        java.nio.file.Files.writeString(file, key);
        return key;
    }

    static String url(BindHost host, int port) {
        return "http://" + host.inUrls() + ":" + port;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
