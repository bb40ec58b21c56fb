package io.thesiswatch.alert.repository;

import java.util.HashMap;
import java.util.Map;

/** A where clause of equality conditions on the fields that were given; a field given as null is not filtered. */
final class EqualityFilter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    EqualityFilter eq(String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
        return this;
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
