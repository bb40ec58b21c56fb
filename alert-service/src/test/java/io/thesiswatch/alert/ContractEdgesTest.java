package io.thesiswatch.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of the contract a client can hit: page bounds, control characters in bodies and parameters. */
@QuarkusTest
class ContractEdgesTest extends AlertTestSupport {

    /** page × size would reach past what an int offset holds; the bound answers before any query runs. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/alerts", "/api/v1/checks", "/api/v1/deliveries", "/api/v1/trigger-states"})
    void aPageBeyondTheBoundIsRefusedNamingPage(String list) {
        given().queryParam("page", 26843546).queryParam("size", 80).get(list)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("must be between 0 and 100000"));
    }

    @Test
    void aSignUpWhoseNameHoldsANulIsRefusedNamingTheFieldAndStoresNothing() {
        String address = email("nul");
        given().contentType(ContentType.JSON).body(Map.of("email", address, "name", "Mei\u0000Ling"))
                .post("/api/v1/subscribers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("U+0000"));
        given().queryParam("email", address).get("/api/v1/subscribers").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aQueryParameterHoldingANulIsRefusedNamingIt() {
        given().queryParam("token", "abc\u0000def").get("/api/v1/subscribers/confirm")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("token"))
                .body("errors[0].message", containsString("U+0000"));
        given().queryParam("thesisId", "\u0000").get("/api/v1/alerts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("thesisId"));
    }
}
