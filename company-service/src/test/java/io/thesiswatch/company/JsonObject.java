package io.thesiswatch.company;

import java.util.LinkedHashMap;
import java.util.Map;

/** The common part of the request builders: a JSON object holding only the fields a test set. */
abstract class JsonObject<B extends JsonObject<B>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    protected B set(String field, Object value) {
        fields.put(field, value);
        return (B) this;
    }

    /** The object, ready to be a request body (RestAssured writes it as JSON). */
    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
