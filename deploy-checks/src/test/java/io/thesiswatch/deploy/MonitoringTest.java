package io.thesiswatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monitoring component of the prod overlay: a ServiceMonitor for every service, alerting rules that promtool
 * accepts, and a Grafana dashboard whose every query is valid PromQL (promtool checks them as recording rules).
 */
class MonitoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<HasMetadata> prod;

    @BeforeAll
    static void render() throws Exception {
        prod = Manifests.render(Manifests.root().resolve("k8s/overlays/prod"));
    }

    private static <T> List<T> all(Class<T> type) {
        return prod.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void prometheusScrapesEveryServiceOnItsHttpPort() {
        ServiceMonitor monitor = all(ServiceMonitor.class).get(0);
        assertEquals("thesis-watch", monitor.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/part-of"));
        assertEquals("/q/metrics", monitor.getSpec().getEndpoints().get(0).getPath());
        assertEquals("http", monitor.getSpec().getEndpoints().get(0).getPort());
        long scraped = prod.stream().filter(o -> o.getKind().equals("Service"))
                .filter(o -> "thesis-watch".equals(o.getMetadata().getLabels().get("app.kubernetes.io/part-of")))
                .count();
        assertEquals(3, scraped, "the three services carry the label the monitor selects");
    }

    @Test
    void theAlertingRulesPassPromtool() throws Exception {
        PrometheusRule rule = all(PrometheusRule.class).get(0);
        Set<String> alerts = new HashSet<>();
        rule.getSpec().getGroups().forEach(g -> g.getRules().forEach(r -> alerts.add(r.getAlert())));
        assertTrue(alerts.containsAll(Set.of("ThesisWatchNoSuccessfulCheck", "ThesisWatchOutboxBehind",
                "ThesisWatchSendsFailing", "ThesisWatchServiceNotReady")), alerts.toString());
        String promtool = promtool(Serialization.asYaml(rule.getSpec()), "prometheus-rules.yaml");
        assertTrue(promtool.contains("SUCCESS: " + alerts.size() + " rules found"), promtool);
    }

    @Test
    void everyDashboardQueryIsValidPromQl() throws Exception {
        ConfigMap dashboard = all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("thesis-watch-dashboard")).findFirst().orElseThrow();
        assertEquals("1", dashboard.getMetadata().getLabels().get("grafana_dashboard"), "Grafana's sidecar finds it");
        JsonNode json = JSON.readTree(dashboard.getData().get("thesis-watch.json"));
        assertEquals("thesis-watch", json.get("uid").asText());
        Set<Integer> ids = new HashSet<>();
        List<Map<String, String>> records = new ArrayList<>();
        for (JsonNode panel : json.get("panels")) {
            assertTrue(ids.add(panel.get("id").asInt()), "panel ids are unique");
            assertFalse(panel.get("title").asText().isBlank());
            assertTrue(panel.has("gridPos"), panel.get("title").asText());
            for (JsonNode target : panel.get("targets")) {
                Map<String, String> record = new LinkedHashMap<>();
                record.put("record", "dashboard:panel_" + panel.get("id").asInt() + "_" + target.get("refId").asText());
                record.put("expr", target.get("expr").asText());
                records.add(record);
            }
        }
        assertTrue(records.size() >= 9, records.toString());
        String rules = Serialization.asYaml(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", records))));
        String promtool = promtool(rules, "dashboard-queries.yaml");
        assertTrue(promtool.contains("SUCCESS: " + records.size() + " rules found"), promtool);
    }

    /** Runs promtool check rules on this file (written under target/); answers what it printed. */
    private static String promtool(String rules, String name) throws IOException, InterruptedException {
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, rules);
        Process process = new ProcessBuilder("promtool", "check", "rules", file.toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "promtool finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
