package io.thesiswatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names that the monitoring component's alerting rules and Grafana dashboard query (the services' own:
 * {@code thesiswatch_*} and the REST clients' {@code http_client_requests_seconds_*}), so that a service's test
 * can check it serves each one.
 */
public final class MonitoringQueries {

    private static final Path COMPONENT = Path.of("..", "k8s", "components", "monitoring");
    private static final Pattern METRIC =
            Pattern.compile("\\b(thesiswatch_[a-z_]+|http_client_requests_seconds_[a-z]+)\\b");

    private MonitoringQueries() {
    }

    public static Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        for (Path file : new Path[] {COMPONENT.resolve("prometheusrule.yaml"),
                COMPONENT.resolve("dashboards").resolve("thesis-watch.json")}) {
            try {
                Matcher metric = METRIC.matcher(Files.readString(file));
                while (metric.find()) {
                    names.add(metric.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** Whether a Prometheus text exposition has samples of this metric. */
    public static boolean served(String exposition, String name) {
        return Pattern.compile("(?m)^" + Pattern.quote(name) + "[{ ]").matcher(exposition).find();
    }
}
