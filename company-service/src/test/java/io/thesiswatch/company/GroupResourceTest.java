package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.GroupBody.aGroup;
import static io.thesiswatch.company.GroupBody.aGroupUpdate;
import static io.thesiswatch.company.ObservationBatch.observations;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
        given().contentType(ContentType.JSON).body(aGroup(code).name("Giants").members(b, a, b).build())
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
                .body(aGroup(code).name("x").members(known, "NOSUCH" + code).build())
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
                .body(aGroup(Fixtures.code("G")).name("x").members(inner).build())
                .post("/api/v1/groups")
                .then().statusCode(400).body("errors[0].message", containsString("is a group"));
        given().contentType(ContentType.JSON)
                .body(aGroup(Fixtures.code("G")).name("x").members().build())
                .post("/api/v1/groups")
                .then().statusCode(400).body("errors[0].field", equalTo("members"));
    }

    @Test
    void rejectsACodeThatACompanyHasWith409() {
        String company = Fixtures.company("C");
        given().contentType(ContentType.JSON).body(aGroup(company).name("x").members(company).build())
                .post("/api/v1/groups")
                .then().statusCode(409).body("detail", containsString("company"));
    }

    @Test
    void replacesMembersAndDeletesAGroupWithoutObservations() {
        String a = Fixtures.company("A");
        String b = Fixtures.company("B");
        String group = Fixtures.group("G", a);
        given().contentType(ContentType.JSON).body(aGroupUpdate().name("Renamed").members(b).build())
                .put("/api/v1/groups/" + group)
                .then().statusCode(200).body("members", contains(b)).body("name", equalTo("Renamed"));
        given().delete("/api/v1/groups/" + group).then().statusCode(204);
        given().get("/api/v1/groups/" + group).then().statusCode(404);
        given().delete("/api/v1/groups/" + group).then().statusCode(404);
    }

    @Test
    void refusesToDeleteAGroupWithItsOwnObservations() {
        String group = Fixtures.group("G", Fixtures.company("A"));
        String share = Fixtures.nonAdditiveMetric("SHARE", "PERCENT");
        observations().of(group, share).at("2024", 21).record();
        given().delete("/api/v1/groups/" + group).then().statusCode(409).body("detail", containsString("observation"));
    }

    @Test
    void answersUnknownGroupWith404() {
        given().get("/api/v1/groups/" + Fixtures.code("NO")).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(aGroupUpdate().name("x").members("A").build())
                .put("/api/v1/groups/" + Fixtures.code("NO")).then().statusCode(404);
    }
}
