package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.decimal;
import static io.thesiswatch.company.Fixtures.decimals;
import static io.thesiswatch.company.Fixtures.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.thesiswatch.testsupport.PostgresResource;
import io.thesiswatch.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = Tokens.class, scope = TestResourceScope.GLOBAL)
class GroupResourceTest {

    @Test
    void createsAGroupOfExistingCompaniesWithMembersSorted() {
        String b = Fixtures.company("B");
        String a = Fixtures.company("A");
        String code = Fixtures.code("BIG");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Giants", "members", List.of(b, a, b)))
                .post("/api/v1/groups")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/groups/" + code))
                .body("members", contains(a, b));
        given().get("/api/v1/groups/" + code).then().statusCode(200).body("name", equalTo("Giants"));
        given().queryParam("size", 100).get("/api/v1/groups").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void rejectsUnknownMembersNamingThemAndStoresNothing() {
        String known = Fixtures.company("K");
        String code = Fixtures.code("G");
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "x", "members", List.of(known, "NOSUCH" + code)))
                .post("/api/v1/groups")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("members[1]"))
                .body("errors[0].message", containsString("NOSUCH" + code));
        given().get("/api/v1/groups/" + code).then().statusCode(404);
    }

    @Test
    void rejectsAGroupAsAMemberAndAnEmptyMemberList() {
        String member = Fixtures.company("K");
        String inner = Fixtures.group("IN", member);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.code("G"), "name", "x", "members", List.of(inner)))
                .post("/api/v1/groups")
                .then().statusCode(400).body("errors[0].message", containsString("is a group"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.code("G"), "name", "x", "members", List.of()))
                .post("/api/v1/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("members"));
    }

    @Test
    void rejectsACodeThatACompanyHasWith409() {
        String company = Fixtures.company("C");
        given().contentType(ContentType.JSON).body(Map.of("code", company, "name", "x", "members", List.of(company)))
                .post("/api/v1/groups")
                .then().statusCode(409).body("detail", containsString("company"));
    }

    @Test
    void replacesMembersAndDeletesAGroupWithoutObservations() {
        String a = Fixtures.company("A");
        String b = Fixtures.company("B");
        String group = Fixtures.group("G", a);
        given().contentType(ContentType.JSON).body(Map.of("name", "Renamed", "members", List.of(b)))
                .put("/api/v1/groups/" + group)
                .then().statusCode(200).body("members", contains(b)).body("name", equalTo("Renamed"));
        given().delete("/api/v1/groups/" + group).then().statusCode(204);
        given().get("/api/v1/groups/" + group).then().statusCode(404);
        given().delete("/api/v1/groups/" + group).then().statusCode(404);
    }

    @Test
    void refusesToDeleteAGroupWithItsOwnObservations() {
        String group = Fixtures.group("G", Fixtures.company("A"));
        String share = Fixtures.metric("SHARE", "PERCENT", false);
        Fixtures.observe(group, share, "2024", 21);
        given().delete("/api/v1/groups/" + group).then().statusCode(409).body("detail", containsString("observation"));
    }

    @Test
    void answersUnknownGroupWith404() {
        given().get("/api/v1/groups/" + Fixtures.code("NO")).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "members", List.of("A")))
                .put("/api/v1/groups/" + Fixtures.code("NO")).then().statusCode(404);
    }
}
