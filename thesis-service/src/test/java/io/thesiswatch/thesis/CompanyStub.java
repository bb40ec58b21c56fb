package io.thesiswatch.thesis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

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

    private CompanyStub() {
    }

    /** The catalog every test knows: four companies, the group BIG6 and two metrics. */
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
        answerLookupsWith(okJson(knownCatalog().json()));
    }

    static void down() {
        answerLookupsWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    static void failing() {
        answerLookupsWith(aResponse().withStatus(500));
    }

    private static void answerLookupsWith(ResponseDefinitionBuilder answer) {
        server().resetAll();
        server().stubFor(post(urlEqualTo(CATALOG_LOOKUP)).willReturn(answer));
    }

    /** The answer of company-service's catalog lookup, written as company-service writes it. */
    static final class Catalog {

        private final ObjectNode json = JsonNodeFactory.instance.objectNode();
        private final ArrayNode subjects = json.putArray("subjects");
        private final ArrayNode metrics = json.putArray("metrics");

        Catalog companies(String... codes) {
            for (String code : codes) {
                subject(code, "COMPANY");
            }
            return this;
        }

        Catalog group(String code) {
            return subject(code, "GROUP");
        }

        Catalog metric(String code, String unit) {
            return metric(code, unit, false);
        }

        Catalog additiveMetric(String code, String unit) {
            return metric(code, unit, true);
        }

        String json() {
            return json.toString();
        }

        private Catalog subject(String code, String kind) {
            subjects.addObject().put("code", code).put("kind", kind);
            return this;
        }

        private Catalog metric(String code, String unit, boolean additive) {
            metrics.addObject().put("code", code).put("unit", unit).put("additive", additive);
            return this;
        }
    }
}
