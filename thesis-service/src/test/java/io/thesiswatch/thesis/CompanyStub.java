package io.thesiswatch.thesis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.thesiswatch.testsupport.StubServiceResource;

/** company-service as these tests want it: knowing a small catalog, or down. */
final class CompanyStub {

    static final String CATALOG = """
            {"subjects": [
               {"code": "AVGO", "kind": "COMPANY"}, {"code": "BIG6", "kind": "GROUP"},
               {"code": "NVDA", "kind": "COMPANY"}, {"code": "SMCI", "kind": "COMPANY"},
               {"code": "VRT", "kind": "COMPANY"}],
             "metrics": [
               {"code": "CAPEX", "unit": "USD", "additive": true},
               {"code": "MODEL_PC_SHARE", "unit": "PERCENT", "additive": false}]}
            """;

    private CompanyStub() {
    }

    static WireMockServer server() {
        return StubServiceResource.server("company-service");
    }

    static void up() {
        server().resetAll();
        server().stubFor(post(urlEqualTo("/api/v1/catalog/lookup")).willReturn(okJson(CATALOG)));
    }

    static void down() {
        server().resetAll();
        server().stubFor(post(urlEqualTo("/api/v1/catalog/lookup"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    static void failing() {
        server().resetAll();
        server().stubFor(post(urlEqualTo("/api/v1/catalog/lookup")).willReturn(aResponse().withStatus(500)));
    }
}
