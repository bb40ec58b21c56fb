package io.thesiswatch.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link DocumentedAnswers} in front of every REST-assured call of every {@code @QuarkusTest}. */
public class DocumentedAnswersCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean installed = RestAssured.filters().stream()
                .anyMatch(filter -> filter.getClass().getName().equals(DocumentedAnswers.class.getName()));
        if (!installed) {
            RestAssured.filters(new DocumentedAnswers());
        }
    }
}
