package io.thesiswatch.thesis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.thesiswatch.testsupport.StubServiceResource;

/** company-service as these tests want it: knowing a small catalog, or down. */
final class CompanyStub {

    static final String CATALOG_LOOKUP = "/api/v1/catalog/lookup";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CompanyStub() {
    }

    /**
     * The catalog every test knows: four companies, the group BIG6 (whose members' fiscal year ends differ) and
     * two metrics, every series with yearly data.
     */
    static Catalog knownCatalog() {
        return new Catalog()
                .companies("AVGO", "NVDA", "SMCI", "VRT")
                .group("BIG6")
                .additiveMetric("CAPEX", "USD")
                .metric("MODEL_PC_SHARE", "PERCENT");
    }

    static WireMockServer server() {
        return StubServiceResource.server("company-service");
    }

    static void up() {
        up(knownCatalog());
    }

    static void up(Catalog catalog) {
        answerLookupsWith(okJson(catalog.json()));
    }

    static void down() {
        answerLookupsWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    static void failing() {
        answerLookupsWith(aResponse().withStatus(500));
    }

    /** The bodies of the catalog lookups received since the stub was last set up, oldest first. */
    static List<JsonNode> lookups() {
        return server().findAll(postRequestedFor(urlEqualTo(CATALOG_LOOKUP))).stream()
                .map(request -> readJson(request.getBodyAsString())).toList();
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answerLookupsWith(ResponseDefinitionBuilder answer) {
        server().resetAll();
        server().stubFor(post(urlEqualTo(CATALOG_LOOKUP)).willReturn(answer));
    }

    /**
     * The answer of company-service's catalog lookup, written as company-service writes it. It answers the
     * periods of every series of its subjects and metrics, asked or not: thesis-service picks the ones it asked.
     */
    static final class Catalog {

        private static final List<String> YEARLY = List.of("YEAR");

        private final Map<String, String> subjects = new LinkedHashMap<>();
        private final List<ObjectNode> metrics = new ArrayList<>();
        private final Map<String, List<String>> kinds = new HashMap<>();

        Catalog companies(String... codes) {
            for (String code : codes) {
                subjects.put(code, "COMPANY");
            }
            return this;
        }

        Catalog group(String code) {
            subjects.put(code, "GROUP");
            return this;
        }

        Catalog metric(String code, String unit) {
            return metric(code, unit, false);
        }

        Catalog additiveMetric(String code, String unit) {
            return metric(code, unit, true);
        }

        /** The kinds of period the series' stored data has; none: it has no data yet. */
        Catalog series(String subject, String metric, String... kindsPresent) {
            kinds.put(subject + "/" + metric, List.of(kindsPresent));
            return this;
        }

        String json() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            ArrayNode subjectsJson = json.putArray("subjects");
            subjects.forEach((code, kind) -> subjectsJson.addObject().put("code", code).put("kind", kind));
            json.putArray("metrics").addAll(metrics);
            ArrayNode series = json.putArray("series");
            subjects.forEach((subject, kind) -> metrics.forEach(metric -> {
                String code = metric.get("code").asText();
                boolean company = "COMPANY".equals(kind);
                ObjectNode item = series.addObject().put("subject", subject).put("metric", code);
                kinds.getOrDefault(subject + "/" + code, YEARLY).forEach(item.putArray("kinds")::add);
                // a company is read on its own fiscal periods or on calendar ones; BIG6's members' years differ
                ArrayNode bases = item.putArray("bases");
                if (company) {
                    bases.add("FISCAL");
                }
                bases.add("CALENDAR");
                item.put("defaultBasis", company ? "FISCAL" : "CALENDAR");
            }));
            return json.toString();
        }

        private Catalog metric(String code, String unit, boolean additive) {
            metrics.add(JsonNodeFactory.instance.objectNode().put("code", code).put("unit", unit)
                    .put("additive", additive));
            return this;
        }
    }
}
