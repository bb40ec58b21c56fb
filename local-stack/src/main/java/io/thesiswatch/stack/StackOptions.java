package io.thesiswatch.stack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stack's services are started with beyond its own wiring: extra environment for one service, which wins
 * over the stack's (a test points alert-service at a proxy in front of company-service, or at a faulty SMTP
 * server, or changes its ALERT_* settings), and whether the database waits for the disk. Immutable: each
 * {@code with...} answers new options.
 */
public record StackOptions(Map<String, Map<String, String>> environment, boolean durableDatabase) {

    /** The services a stack runs, by the names its options and methods take. */
    public static final List<String> SERVICES = List.of("company-service", "thesis-service", "alert-service");

    public StackOptions {
        environment.keySet().forEach(StackOptions::requireService);
        Map<String, Map<String, String>> copy = new HashMap<>();
        environment.forEach((service, variables) -> copy.put(service, Map.copyOf(variables)));
        environment = Map.copyOf(copy);
    }

    /** The stack's own wiring and nothing more, on a database that trades durability for speed (tests). */
    public static StackOptions defaults() {
        return new StackOptions(Map.of(), false);
    }

    /** These options, on a database whose commits wait for the disk (fsync): data that is kept between runs. */
    public StackOptions withDurableDatabase() {
        return new StackOptions(environment, true);
    }

    /** These options, and this environment variable for this service (it replaces one of the same name). */
    public StackOptions withEnvironment(String service, String name, String value) {
        return withEnvironment(service, Map.of(name, value));
    }

    /** These options, and these environment variables for this service (they replace those of the same name). */
    public StackOptions withEnvironment(String service, Map<String, String> variables) {
        Map<String, Map<String, String>> merged = new HashMap<>(environment);
        Map<String, String> forService = new HashMap<>(merged.getOrDefault(requireService(service), Map.of()));
        forService.putAll(variables);
        merged.put(service, forService);
        return new StackOptions(merged, durableDatabase);
    }

    /** The extra environment of this service (empty when there is none). */
    public Map<String, String> environmentOf(String service) {
        return environment.getOrDefault(requireService(service), Map.of());
    }

    static String requireService(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("No service " + service + " in the stack; services: " + SERVICES);
        }
        return service;
    }
}
