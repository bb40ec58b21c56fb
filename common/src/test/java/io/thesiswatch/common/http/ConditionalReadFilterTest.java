package io.thesiswatch.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ConditionalReadFilterTest {

    private static final String BODY_TAG = ConditionalReadFilter.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theTagChangesWithTheBodyAndOnlyWithIt() {
        assertEquals(BODY_TAG, ConditionalReadFilter.etagOf("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(BODY_TAG, ConditionalReadFilter.etagOf("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(BODY_TAG.matches("\"[A-Za-z0-9_-]{22}\""), BODY_TAG);
    }

    @Test
    void ifNoneMatchMatchesTheTagInAListWeaklyOrAnything() {
        assertTrue(ConditionalReadFilter.matches(BODY_TAG, BODY_TAG));
        assertTrue(ConditionalReadFilter.matches("\"other\", " + BODY_TAG, BODY_TAG));
        assertTrue(ConditionalReadFilter.matches("W/" + BODY_TAG, BODY_TAG));
        assertTrue(ConditionalReadFilter.matches("*", BODY_TAG));
        assertFalse(ConditionalReadFilter.matches("\"other\"", BODY_TAG));
        assertFalse(ConditionalReadFilter.matches(null, BODY_TAG));
    }
}
