package io.thesiswatch.alert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.thesiswatch.testsupport.StubServiceResource;

/**
 * thesis-service and company-service as the alert tests need them: real HTTP stubs, given their data with
 * {@link FeedTrigger} and {@link SeriesAnswer}.
 */
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
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers/ranges")).willReturn(okJson(
                "{\"size\": 1000, \"boundaries\": []}")));
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
    static void triggers(FeedTrigger... triggers) {
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers")).willReturn(okJson(json(Map.of(
                "items", Arrays.stream(triggers).map(FeedTrigger::json).toList(),
                "page", 0, "size", 1000, "total", triggers.length)))));
    }

    /** One page of the feed of enabled triggers, answered to the request for that page. */
    static void triggerPage(int page, int size, long total, List<FeedTrigger> triggers) {
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers")).atPriority(1)
                .withQueryParam("page", WireMock.equalTo(Integer.toString(page))).willReturn(okJson(json(Map.of(
                        "items", triggers.stream().map(FeedTrigger::json).toList(),
                        "page", page, "size", size, "total", total)))));
    }

    /** The ids that cut the feed into ranges (work items of a check). */
    static void triggerRanges(UUID... boundaries) {
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers/ranges")).atPriority(1)
                .willReturn(okJson(json(Map.of("size", 1000, "boundaries", List.of(boundaries))))));
    }

    /** The feed's answer for the range after {@code after} through {@code through} (null: open). */
    static void triggerRange(UUID after, UUID through, FeedTrigger... triggers) {
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers")).atPriority(1)
                .withQueryParam("after", after == null ? WireMock.absent() : WireMock.equalTo(after.toString()))
                .withQueryParam("through", through == null ? WireMock.absent()
                        : WireMock.equalTo(through.toString()))
                .willReturn(okJson(json(Map.of("items", Arrays.stream(triggers).map(FeedTrigger::json).toList(),
                        "page", 0, "size", 1000, "total", triggers.length)))));
    }

    /** A saved trigger, as thesis-service answers it by id. */
    static void savedTrigger(FeedTrigger trigger) {
        thesisService().stubFor(get(urlEqualTo("/api/v1/triggers/" + trigger.id())).atPriority(1)
                .willReturn(okJson(json(trigger.json()))));
    }

    static void thesisServiceDown() {
        thesisService().stubFor(get(urlPathEqualTo("/api/v1/triggers")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** thesis-service cannot be reached to look a thesis up, and has forgotten everything else. */
    static void thesisLookupsDown() {
        thesisService().resetAll();
        thesisService().stubFor(get(urlPathMatching("/api/v1/theses/.*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** company-service cannot be reached to look a company up. */
    static void companyLookupsDown() {
        companyService().stubFor(post(urlEqualTo("/api/v1/catalog/lookup")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** The series company-service answers, one for each trigger in the order the triggers were listed. */
    static void series(SeriesAnswer... perTrigger) {
        seriesAfter(Duration.ZERO, perTrigger);
    }

    /** The same, answered only after this delay: a check that asks stays busy for that long. */
    static void seriesAfter(Duration delay, SeriesAnswer... perTrigger) {
        companyService().stubFor(post(urlEqualTo("/api/v1/series/query")).willReturn(okJson(json(Map.of(
                "results", Arrays.stream(perTrigger).map(SeriesAnswer::json).toList())))
                .withFixedDelay((int) delay.toMillis())));
    }

    /** The series company-service answers, as JSON results, in the order asked. */
    static void series(List<Map<String, Object>> results) {
        companyService().stubFor(post(urlEqualTo("/api/v1/series/query")).willReturn(okJson(json(Map.of(
                "results", results)))));
    }

    static void companyServiceDown() {
        companyService().stubFor(post(urlEqualTo("/api/v1/series/query"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
