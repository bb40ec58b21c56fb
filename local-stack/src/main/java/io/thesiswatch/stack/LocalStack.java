package io.thesiswatch.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.devinfra.DevTokens;
import io.thesiswatch.devinfra.ReceivedEmail;

/**
 * The command line of the local stack.
 *
 * <pre>
 * run [--fresh] [--fast] [--data DIR] [--host HOST]
 *                              start everything on this machine (the default command), listening on
 *                              127.0.0.1 unless --host or THESISWATCH_BIND_HOST says otherwise (0.0.0.0)
 * dev-keys [--data DIR]        print a development public key and tokens (for docker compose)
 * load-demo --company URL --thesis URL --alert URL --token ADMIN_TOKEN [--analyst-token TOKEN]
 *                              load the demo data into a running system
 * </pre>
 */
public final class LocalStack {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        String command = arguments.isEmpty() || arguments.get(0).startsWith("--") ? "run" : arguments.remove(0);
        switch (command) {
            case "run" -> run(arguments);
            case "load-demo" -> loadDemo(arguments);
            case "dev-keys" -> devKeys(arguments);
            default -> {
                System.err.println("Unknown command " + command
                        + ". Commands: run [--fresh] [--fast] [--data DIR] [--host HOST], "
                        + "load-demo --company URL --thesis URL --alert URL --token ADMIN_TOKEN "
                        + "[--analyst-token TOKEN]");
                System.exit(2);
            }
        }
    }

    /** The data is kept safely (fsync on) unless {@code --fast} trades that for speed. */
    static StackOptions options(List<String> arguments) {
        return arguments.contains("--fast") ? StackOptions.defaults() : StackOptions.defaults().withDurableDatabase();
    }

    private static void run(List<String> arguments) throws Exception {
        Path root = Path.of(System.getProperty("thesiswatch.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(option(arguments, "--data").orElse(root.resolve(".local-stack").toString()));
        if (arguments.contains("--fresh") && Files.exists(data)) {
            say("Starting fresh: deleting " + data);
            Folders.delete(data);
        }
        Files.createDirectories(data);
        BindHost host = new BindHost(option(arguments, "--host")
                .orElse(System.getenv().getOrDefault("THESISWATCH_BIND_HOST", BindHost.LOOPBACK.address())));
        StackOptions options = options(arguments);
        if (!options.durableDatabase()) {
            say("--fast: PostgreSQL does not wait for the disk (fsync off); a crash of this machine may lose data");
        }
        Stack stack = Stack.start(root, data, Stack.Ports.standard(), host,
                System.getenv().getOrDefault("ALERT_CHECK_CRON", "0 */15 * * * ?"), Map.of(), options, LocalStack::say);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping: services, SMTP catcher, PostgreSQL ...");
            stack.close();
            say("Stopped. Data kept in " + data + " (start again with the same command; --fresh to start over)");
            stopped.countDown();
        }, "local-stack-shutdown"));

        Path tokens = welcome(stack, data);
        banner(stack, data, tokens);
        stopped.await();
    }

    /**
     * What a newcomer finds once the stack is up: on first start the demo data and a check's alert email, and
     * always fresh tokens. Answers the tokens file. (WalkthroughIT prepares its stack the same way.)
     */
    static Path welcome(Stack stack, Path data) throws IOException, InterruptedException {
        Path marker = data.resolve("demo-loaded");
        if (!Files.exists(marker)) {
            say("First start: loading the demo data of the seed article");
            DemoData demo = new DemoData(stack.companyUrl(), stack.thesisUrl(), stack.alertUrl(),
                    stack.tokens().admin(), stack.tokens().analyst("demo-analyst"), LocalStack::say);
            demo.load(address -> confirmationToken(stack, address));
            Files.writeString(marker, Instant.now().toString());
            JsonNode check = demo.check();
            say("Check ran: " + check.get("evaluated") + " trigger(s) evaluated, " + check.get("fired") + " fired, "
                    + check.get("noData") + " without enough data");
            awaitAlertEmail(stack);
        }
        return writeTokens(stack, data);
    }

    private static void loadDemo(List<String> arguments) throws Exception {
        String company = option(arguments, "--company").orElse("http://localhost:8081");
        String thesis = option(arguments, "--thesis").orElse("http://localhost:8082");
        String alert = option(arguments, "--alert").orElse("http://localhost:8083");
        String token = option(arguments, "--token")
                .or(() -> Optional.ofNullable(System.getenv("THESISWATCH_ADMIN_TOKEN")))
                .orElseThrow(() -> new IllegalArgumentException(
                        "load-demo needs an admin token: --token TOKEN or THESISWATCH_ADMIN_TOKEN"));
        new DemoData(company, thesis, alert, token, option(arguments, "--analyst-token").orElse(null), LocalStack::say)
                .load(address -> Optional.empty());
        say("Demo data loaded. Demo subscribers confirm through the link in their email.");
    }

    /** Prints a development key pair's public key and tokens, e.g. for docker compose's .env file. */
    private static void devKeys(List<String> arguments) throws IOException {
        Path root = Path.of(System.getProperty("thesiswatch.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(option(arguments, "--data").orElse(root.resolve(".local-stack").toString()));
        DevTokens tokens = DevTokens.withKeysIn(data, Stack.IDENTITY_DOMAIN);
        System.out.println("JWT_PUBLIC_KEY=" + tokens.publicKey());
        System.out.println("THESIS_SERVICE_TOKEN=" + tokens.service("thesis-service"));
        System.out.println("ALERT_SERVICE_TOKEN=" + tokens.service("alert-service"));
        System.out.println("ADMIN_TOKEN=" + tokens.admin());
    }

    /** Reads the confirmation link sent to this address from the local inbox. */
    private static Optional<String> confirmationToken(Stack stack, String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> token = stack.emails().stream().filter(email -> email.isTo(address))
                    .flatMap(email -> email.linkToken().stream()).findFirst();
            if (token.isPresent()) {
                return token;
            }
            sleep(250);
        }
        return Optional.empty();
    }

    private static void awaitAlertEmail(Stack stack) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<ReceivedEmail> alerts = stack.emails().stream()
                    .filter(email -> email.subject().startsWith("[")).toList();
            if (!alerts.isEmpty()) {
                alerts.forEach(email -> say("Alert email to " + String.join(", ", email.toAddresses()) + ": "
                        + email.subject()));
                return;
            }
            sleep(500);
        }
        say("No alert email yet; see the inbox and " + "the alert-service log");
    }

    /** Development tokens, one per role, written where the banner says. */
    private static Path writeTokens(Stack stack, Path data) throws IOException {
        DevTokens t = stack.tokens();
        Path file = data.resolve("tokens.env");
        Files.writeString(file, String.join("\n",
                "# Development tokens for the local stack (valid 30 days; start the stack again for fresh ones).",
                "ADMIN_TOKEN=" + t.admin(),
                "ANALYST_TOKEN=" + t.analyst("demo-analyst"),
                "SUBSCRIBER_TOKEN=" + t.subscriber("demo@thesiswatch.local"),
                "SERVICE_TOKEN=" + t.service("developer"), ""));
        return file;
    }

    private static void banner(Stack stack, Path data, Path tokens) {
        String line = "-".repeat(78);
        System.out.println(line);
        System.out.println(" Thesis Watch is running");
        service("company-service", stack.companyUrl());
        service("thesis-service", stack.thesisUrl());
        service("alert-service", stack.alertUrl());
        System.out.println("   inbox            " + stack.inboxUrl()
                + "   (every email sent, kept with the data; JSON at /api/messages)");
        System.out.println("   PostgreSQL       localhost:" + stack.postgresPort()
                + "  user postgres, databases company, thesis, alert");
        System.out.println("   data and logs    " + data);
        System.out.println("   tokens           " + tokens + "  (admin, analyst demo-analyst, subscriber, service)");
        System.out.println("                    e.g. NVIDIA's capex growth by calendar quarter, from its filings:");
        System.out.println("                    source " + tokens + " && \\");
        System.out.println("                    curl -H \"Authorization: Bearer $ADMIN_TOKEN\" \\");
        System.out.println("                      \"" + stack.companyUrl()
                + "/api/v1/series/NVDA/CAPEX?kind=QUARTER&basis=CALENDAR&transform=YOY_PCT\"");
        System.out.println(listening(stack.host()));
        System.out.println(" Ctrl-C stops everything.");
        System.out.println(line);
    }

    private static String listening(BindHost host) {
        if (host.equals(BindHost.LOOPBACK)) {
            return " The services and the inbox listen on 127.0.0.1 only (--host 0.0.0.0 or THESISWATCH_BIND_HOST"
                    + " opens them).";
        }
        return " The services and the inbox listen on " + host.address() + " (--host / THESISWATCH_BIND_HOST).";
    }

    private static void service(String name, String url) {
        System.out.printf("   %-16s %s   Swagger UI %s/q/swagger-ui%n", name, url, url);
    }

    private static Optional<String> option(List<String> arguments, String name) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? Optional.of(arguments.get(at + 1)) : Optional.empty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void say(String text) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + text);
    }
}
