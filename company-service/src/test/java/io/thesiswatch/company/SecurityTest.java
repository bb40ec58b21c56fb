package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.anonymous;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class SecurityTest {

    /** An endpoint, and the body it takes. */
    private record Call(String method, String path, Object body) {

        int status(RequestSpecification request) {
            RequestSpecification r = request.contentType(ContentType.JSON);
            if (body != null) {
                r = r.body(body);
            }
            return r.request(method, path).then().extract().statusCode();
        }
    }

    private static final List<Call> ADMIN_ONLY = List.of(
            new Call("POST", "/api/v1/companies", Map.of("code", "SEC1", "name", "x", "layer", "OTHER")),
            new Call("PUT", "/api/v1/companies/SEC1", Map.of("name", "x", "layer", "OTHER")),
            new Call("DELETE", "/api/v1/companies/SEC1", null),
            new Call("POST", "/api/v1/groups", Map.of("code", "SECG", "name", "x", "members", List.of("SEC1"))),
            new Call("PUT", "/api/v1/groups/SECG", Map.of("name", "x", "members", List.of("SEC1"))),
            new Call("DELETE", "/api/v1/groups/SECG", null),
            new Call("POST", "/api/v1/metrics", Map.of("code", "SEC_M", "name", "x", "unit", "USD", "additive", true)),
            new Call("POST", "/api/v1/observations", List.of()),
            new Call("POST", "/api/v1/imports/sec-companyfacts?subject=SEC1", Map.of()),
            new Call("POST", "/api/v1/imports/sec-companyfacts/fetch?subject=SEC1", null));

    private static final List<Call> ANY_TOKEN = List.of(
            new Call("GET", "/api/v1/companies", null),
            new Call("GET", "/api/v1/companies/NVDA", null),
            new Call("GET", "/api/v1/groups", null),
            new Call("GET", "/api/v1/groups/BIG6", null),
            new Call("GET", "/api/v1/metrics", null),
            new Call("GET", "/api/v1/metrics/CAPEX", null),
            new Call("GET", "/api/v1/series/NVDA/CAPEX", null),
            new Call("POST", "/api/v1/series/query", Map.of("series", List.of(Map.of("subject", "A", "metric", "B")))),
            new Call("POST", "/api/v1/catalog/lookup", Map.of()),
            new Call("GET", "/api/v1/observations/NVDA/CAPEX/2024/history", null));

    @Test
    void everyEndpointAnswers401WithoutAValidToken() {
        for (Call call : concat(ADMIN_ONLY, ANY_TOKEN)) {
            assertStatus(401, call, anonymous());
            assertStatus(401, call, anonymous().auth().oauth2(Tokens.forged()));
            assertStatus(401, call, anonymous().auth().oauth2(Tokens.expired()));
        }
        anonymous().get("/api/v1/companies").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void onlyAdminsWriteTheCatalog() {
        for (Call call : ADMIN_ONLY) {
            assertStatus(403, call, anonymous().auth().oauth2(Tokens.analyst("ana")));
            assertStatus(403, call, anonymous().auth().oauth2(Tokens.service()));
            assertStatus(403, call, anonymous().auth().oauth2(Tokens.subscriber("s@example.com")));
        }
        anonymous().auth().oauth2(Tokens.analyst("ana")).contentType(ContentType.JSON)
                .body(Map.of("code", "SEC1", "name", "x", "layer", "OTHER")).post("/api/v1/companies")
                .then().contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void anyValidTokenReadsTheCatalogAndSeries() {
        for (String token : List.of(Tokens.analyst("ana"), Tokens.service(), Tokens.subscriber("s@example.com"))) {
            for (Call call : ANY_TOKEN) {
                int status = call.status(anonymous().auth().oauth2(token));
                if (status == 401 || status == 403) {
                    throw new AssertionError(call + " answered " + status);
                }
            }
        }
    }

    @Test
    void healthAndTheApiDocumentStayPublic() {
        anonymous().get("/q/health/ready").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theApiDocumentDeclaresTheBearerScheme() {
        anonymous().queryParam("format", "json").get("/q/openapi").then()
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/companies'.post.security[0].bearer", org.hamcrest.Matchers.notNullValue());
    }

    private static void assertStatus(int expected, Call call, RequestSpecification request) {
        int actual = call.status(request);
        if (actual != expected) {
            throw new AssertionError(call.method() + " " + call.path() + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<Call> concat(List<Call> a, List<Call> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
