package io.thesiswatch.company;

import static io.thesiswatch.company.CompanyBody.aCompany;
import static io.thesiswatch.company.CompanyBody.aCompanyUpdate;
import static io.thesiswatch.company.Fixtures.anonymous;
import static io.thesiswatch.company.GroupBody.aGroup;
import static io.thesiswatch.company.GroupBody.aGroupUpdate;
import static io.thesiswatch.company.LookupBody.aLookup;
import static io.thesiswatch.company.MetricBody.aMetric;
import static io.thesiswatch.company.SeriesQueryBody.aSeriesQuery;
import static io.thesiswatch.company.SeriesQueryBody.series;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.thesiswatch.common.security.VerifiedTokens;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class SecurityTest {

    /** An endpoint, and the body it takes. */
    record Call(String method, String path, Object body) {

        int status(RequestSpecification request) {
            RequestSpecification r = request.contentType(ContentType.JSON);
            if (body != null) {
                r = r.body(body);
            }
            return r.request(method, path).then().extract().statusCode();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Map<String, Object> COMPANY = aCompany("SEC1").name("x").layer("OTHER").build();

    static Stream<Call> adminOnly() {
        return Stream.of(
                new Call("POST", "/api/v1/companies", COMPANY),
                new Call("PUT", "/api/v1/companies/SEC1", aCompanyUpdate().name("x").layer("OTHER").build()),
                new Call("DELETE", "/api/v1/companies/SEC1", null),
                new Call("POST", "/api/v1/groups", aGroup("SECG").name("x").members("SEC1").build()),
                new Call("PUT", "/api/v1/groups/SECG", aGroupUpdate().name("x").members("SEC1").build()),
                new Call("DELETE", "/api/v1/groups/SECG", null),
                new Call("POST", "/api/v1/metrics", aMetric("SEC_M").name("x").unit("USD").additive(true).build()),
                new Call("POST", "/api/v1/observations", List.of()),
                new Call("POST", "/api/v1/imports/sec-companyfacts?subject=SEC1", Map.of()),
                new Call("POST", "/api/v1/imports/sec-companyfacts/fetch?subject=SEC1", null));
    }

    static Stream<Call> anyToken() {
        return Stream.of(
                new Call("GET", "/api/v1/companies", null),
                new Call("GET", "/api/v1/companies/NVDA", null),
                new Call("GET", "/api/v1/groups", null),
                new Call("GET", "/api/v1/groups/BIG6", null),
                new Call("GET", "/api/v1/metrics", null),
                new Call("GET", "/api/v1/metrics/CAPEX", null),
                new Call("GET", "/api/v1/series/NVDA/CAPEX", null),
                new Call("POST", "/api/v1/series/query", aSeriesQuery().ask(series("A", "B")).build()),
                new Call("POST", "/api/v1/catalog/lookup", aLookup().build()),
                new Call("GET", "/api/v1/observations/NVDA/CAPEX/2024/history", null));
    }

    static Stream<Call> everyCall() {
        return Stream.concat(adminOnly(), anyToken());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCall")
    void everyEndpointAnswers401WithoutAValidToken(Call call) {
        for (Tokens.Refused credential : Tokens.Refused.values()) {
            assertStatus(401, call, with(credential));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tokens.Refused.class)
    void a401SaysWhyTheTokenWasRefused(Tokens.Refused credential) {
        with(credential).contentType(ContentType.JSON).body(COMPANY).post("/api/v1/companies")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo(credential.detail()));
        Fixtures.given().get("/api/v1/companies/SEC1").then().statusCode(404);
    }

    private static RequestSpecification with(Tokens.Refused credential) {
        return credential.token() == null ? anonymous() : anonymous().auth().oauth2(credential.token());
    }

    @Inject
    JWTParser tokenParser;

    @Test
    void tokensAreVerifiedThroughTheVerifiedTokensOfTheSharedSecurityCode() {
        // every service's parser is the one in common: a verified token is kept, a refused one never is
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(tokenParser));
    }

    @Test
    void aMissingTokenIsAProblemWithTheBearerChallenge() {
        anonymous().get("/api/v1/companies").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminOnly")
    void onlyAdminsWriteTheCatalog(Call call) {
        assertStatus(403, call, anonymous().auth().oauth2(Tokens.analyst("ana")));
        assertStatus(403, call, anonymous().auth().oauth2(Tokens.service()));
        assertStatus(403, call, anonymous().auth().oauth2(Tokens.subscriber("s@example.com")));
    }

    @Test
    void aForbiddenWriteIsAProblem() {
        anonymous().auth().oauth2(Tokens.analyst("ana")).contentType(ContentType.JSON).body(COMPANY)
                .post("/api/v1/companies")
                .then().contentType("application/problem+json").body("status", equalTo(403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anyToken")
    void anyValidTokenReadsTheCatalogAndSeries(Call call) {
        for (String token : List.of(Tokens.analyst("ana"), Tokens.service(), Tokens.subscriber("s@example.com"))) {
            int status = call.status(anonymous().auth().oauth2(token));
            if (status == 401 || status == 403) {
                throw new AssertionError(call + " answered " + status);
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
                .body("paths.'/api/v1/companies'.post.security[0].bearer", notNullValue());
    }

    private static void assertStatus(int expected, Call call, RequestSpecification request) {
        int actual = call.status(request);
        if (actual != expected) {
            throw new AssertionError(call + ": expected " + expected + ", got " + actual);
        }
    }
}
