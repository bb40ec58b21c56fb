package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.thesiswatch.testsupport.StubServiceResource;

/** thesis-service and company-service as the alert tests need them: real HTTP stubs with test data. */
final class Neighbours {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Neighbours() {
    }

    static WireMockServer thesisService() {
        return StubServiceResource.server("thesis-service");
    }

    static WireMockServer companyService() {
        return StubServiceResource.server("company-service");
    }

    /** Both neighbours answer, with no triggers and a catalog of NVDA, AVGO and BIG6. */
    static void reset() {
        thesisService().resetAll();
        thesisService().stubFor(get(urlPathMatching("/api/v1/theses/[^/]+")).atPriority(10)
                .willReturn(aResponse().withStatus(404)));
        thesisService().stubFor(post(urlPathMatching("/api/v1/theses/[^/]+/risk-events"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"recorded\": true}")));
        triggers();
        companyService().resetAll();
        companyService().stubFor(post(urlEqualTo("/api/v1/catalog/lookup")).willReturn(okJson("""
                {"subjects": [{"code": "AVGO", "kind": "COMPANY"}, {"code": "BIG6", "kind": "GROUP"},
                              {"code": "NVDA", "kind": "COMPANY"}], "metrics": []}""")));
    }

    static void thesis(UUID id, String title) {
        thesisService().stubFor(get(urlEqualTo("/api/v1/theses/" + id)).atPriority(1)
                .willReturn(okJson(json(Map.of("id", id, "title", title, "status", "ACTIVE")))));
    }

    /** The enabled triggers thesis-service lists. */
    @SafeVarargs
    static void triggers(Map<String, Object>... triggers) {
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers")).willReturn(okJson(json(Map.of(
                "items", List.of(triggers), "page", 0, "size", 1000, "total", triggers.length)))));
    }

    static void thesisServiceDown() {
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The series company-service answers, in the order the triggers were listed: period/value pairs each. */
    static void series(String unit, List<Object[]> perTrigger) {
        seriesWithDelay(unit, perTrigger, 0);
    }

    static void seriesWithDelay(String unit, List<Object[]> perTrigger, int delayMillis) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (Object[] pairs : perTrigger) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                points.add(Map.of("period", pairs[i], "value", pairs[i + 1]));
            }
            results.add(Map.of("unit", unit, "points", points));
        }
        companyService().stubFor(post(urlEqualTo("/api/v1/series/query")).willReturn(okJson(json(
                Map.of("results", results))).withFixedDelay(delayMillis)));
    }

    static void companyServiceDown() {
        companyService().stubFor(post(urlEqualTo("/api/v1/series/query"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** A trigger as thesis-service lists it. */
    static Map<String, Object> trigger(UUID thesisId, String name, String subject, String transform, String operator,
            Object threshold, String severity, String... companies) {
        Map<String, Object> series = new HashMap<>();
        series.put("subject", subject);
        series.put("metric", "CAPEX");
        series.put("transform", transform);
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("id", UUID.randomUUID().toString());
        trigger.put("thesisId", thesisId.toString());
        trigger.put("thesisTitle", "AI capex cycle runs through 2027");
        trigger.put("thesisStatus", "ACTIVE");
        trigger.put("thesisCompanies", List.of(companies));
        trigger.put("name", name);
        trigger.put("series", series);
        trigger.put("operator", operator);
        trigger.put("threshold", threshold);
        trigger.put("forPeriods", 1);
        trigger.put("severity", severity);
        return trigger;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
