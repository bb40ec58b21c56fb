package io.thesiswatch.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which path or query parameter failed to convert, and what it must be. */
class UnreadableParameterTest {

    enum Status {
        ACTIVE, CLOSED
    }

    static class Resource {

        public void read(@PathParam("id") UUID id, @QueryParam("status") Status status,
                @QueryParam("page") int page, @QueryParam("above") BigDecimal above, @QueryParam("q") String q) {
        }
    }

    private static Method read() throws NoSuchMethodException {
        return Resource.class.getMethod("read", UUID.class, Status.class, int.class, BigDecimal.class, String.class);
    }

    private static MultivaluedMap<String, String> params(Map<String, String> values) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        values.forEach(params::add);
        return params;
    }

    private static Optional<Violation> unreadable(String id, Map<String, String> query)
            throws NoSuchMethodException {
        return UnreadableParameter.of(read(), params(Map.of("id", id)), params(query));
    }

    @Test
    void aPathParameterThatIsNotAUuidIsNamed() throws NoSuchMethodException {
        assertEquals(Optional.of(Violation.of("id", "must be a UUID")), unreadable("not-a-uuid", Map.of()));
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "status | GONE  | must be one of ACTIVE, CLOSED",
        "page   | first | must be a whole number",
        "above  | ten   | must be a number"})
    void aQueryParameterOfTheWrongFormIsNamedWithWhatItMustBe(String name, String value, String message)
            throws NoSuchMethodException {
        assertEquals(Optional.of(Violation.of(name, message)),
                unreadable(UUID.randomUUID().toString(), Map.of(name, value, "q", "anything")));
    }

    @Test
    void valuesThatReadAreNotBlamed() throws NoSuchMethodException {
        assertEquals(Optional.empty(), unreadable(UUID.randomUUID().toString(),
                Map.of("status", "ACTIVE", "page", "2", "above", "-1.5", "q", "x")));
        assertEquals(Optional.empty(), UnreadableParameter.of(null, params(Map.of("id", "x")), null),
                "no resource method matched: nothing to name");
    }
}
