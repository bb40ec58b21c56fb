package io.thesiswatch.identity;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.oidc.client.reactive.filter.runtime.AbstractOidcClientRequestReactiveFilter;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;

/**
 * Sends this service's identity (role {@code service}) on every call to a neighbour: a short-lived token from the
 * identity provider's token endpoint (OAuth2 client credentials, cached and renewed before it expires by the
 * OIDC client), or, where the deployment turned the OIDC client off (development without an identity provider), a
 * static token.
 */
@Singleton
@Priority(Priorities.AUTHENTICATION)
public class ServiceIdentityFilter extends AbstractOidcClientRequestReactiveFilter {

    private final ServiceIdentity identity;

    public ServiceIdentityFilter(ServiceIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        Optional<String> staticToken = identity.staticToken();
        if (staticToken.isPresent()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + staticToken.get());
        } else {
            super.filter(request);
        }
    }

    /** With a static token the OIDC client is neither started nor asked for tokens. */
    @Override
    protected boolean isClientFeatureDisabled() {
        return identity.staticToken().isPresent() || super.isClientFeatureDisabled();
    }
}
