package io.thesiswatch.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The common part of the tests' request builders: a JSON object holding only the fields a test set, so that a
 * test reads as the request it sends ({@code aTrigger().on("BIG6", "CAPEX").below("10")}).
 */
public abstract class JsonBody<B extends JsonBody<B>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    protected B set(String field, Object value) {
        fields.put(field, value);
        return (B) this;
    }

    @SuppressWarnings("unchecked")
    protected B remove(String field) {
        fields.remove(field);
        return (B) this;
    }

    /** The object, ready to be a request body (RestAssured and Jackson write it as JSON). */
    @JsonValue
    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
