package io.thesiswatch.identity;

import io.quarkus.oidc.client.OidcClientException;
import io.thesiswatch.common.problem.UpstreamUnavailableException;

/** The 503 for a call to a neighbour that failed, naming the identity provider when no token could be had. */
public final class NeighbourUnavailable {

    static final String IDENTITY_PROVIDER = "The identity provider (its token endpoint)";

    private NeighbourUnavailable() {
    }

    public static UpstreamUnavailableException of(String neighbour, Throwable failure) {
        return new UpstreamUnavailableException(noTokenIn(failure) ? IDENTITY_PROVIDER : neighbour, failure);
    }

    private static boolean noTokenIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OidcClientException) {
                return true;
            }
        }
        return false;
    }
}
