package io.thesiswatch.company;

import static io.thesiswatch.company.Fixtures.given;
import static io.thesiswatch.company.LookupBody.aLookup;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

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
class LookupResourceTest {

    @Test
    void answersWhichCodesExistAndOfWhatKind() {
        String company = Fixtures.company("LA");
        String group = Fixtures.group("LB", company);
        String metric = Fixtures.additiveMetric("CAPEX", "USD");
        given().contentType(ContentType.JSON)
                .body(aLookup().subjects(group, company, "NOSUCH" + company).metrics(metric, "NO_SUCH").build())
                .post("/api/v1/catalog/lookup")
                .then().statusCode(200)
                .body("subjects.code", contains(company, group))
                .body("subjects.kind", contains("COMPANY", "GROUP"))
                .body("metrics.code", contains(metric))
                .body("metrics[0].additive", equalTo(true));
        given().contentType(ContentType.JSON).body(aLookup().build()).post("/api/v1/catalog/lookup")
                .then().statusCode(200).body("subjects", empty());
    }

    @Test
    void rejectsMoreThanAThousandCodes() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("C" + i);
        }
        given().contentType(ContentType.JSON).body(aLookup().subjects(many).build()).post("/api/v1/catalog/lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("subjects"));
    }
}
