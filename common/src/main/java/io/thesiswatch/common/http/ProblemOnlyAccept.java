package io.thesiswatch.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.thesiswatch.common.problem.Problem;

/**
 * A client that accepts only problem+json is asking for an operation without a body of its own (a DELETE, say:
 * generated clients send the error type as their only {@code Accept}). It is served as if it also accepted JSON,
 * instead of a 406 for a body it will never get; errors still answer problem+json.
 */
public class ProblemOnlyAccept {

    @ServerRequestFilter(preMatching = true)
    public void acceptJsonToo(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(Problem.MEDIA_TYPE) && !accept.contains(MediaType.APPLICATION_JSON)
                && !accept.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + MediaType.APPLICATION_JSON + ";q=0.5");
        }
    }
}
