package io.thesiswatch.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;

/** Refuses path and query parameters with control characters, naming each, before any resource sees them. */
public class ControlCharacterParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        collect(uri.getPathParameters(), violations);
        collect(uri.getQueryParameters(), violations);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new InvalidInputException(first.field() + " " + first.message(), violations);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                ControlCharacters.problemIn(value)
                        .ifPresent(problem -> violations.add(Violation.of(parameter.getKey(), problem)));
            }
        }
    }
}
