package io.thesiswatch.identity;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How this service proves who it is to its neighbours. By default through the identity provider with the OAuth2
 * client-credentials grant ({@code quarkus.oidc-client.*}: auth-server-url, client-id, credentials.secret). With
 * {@code quarkus.oidc-client.client-enabled=false} a static token ({@code thesiswatch.service-token}) instead,
 * which only development without an identity provider uses (compose, tests): it cannot be rotated without
 * a restart.
 */
@Singleton
@Startup
public class ServiceIdentity {

    private static final Logger LOG = Logger.getLogger(ServiceIdentity.class);

    private final Optional<String> staticToken;

    public ServiceIdentity(@ConfigProperty(name = "quarkus.oidc-client.client-enabled", defaultValue = "true")
            boolean clientCredentials, @ConfigProperty(name = "thesiswatch.service-token") Optional<String> token,
            @ConfigProperty(name = "quarkus.oidc-client.auth-server-url") Optional<String> identityProvider,
            @ConfigProperty(name = "quarkus.oidc-client.client-id") Optional<String> clientId) {
        if (clientCredentials) {
            if (identityProvider.isEmpty() || clientId.isEmpty()) {
                throw new IllegalStateException("This service gets its tokens from the identity provider: set "
                        + "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL, QUARKUS_OIDC_CLIENT_CLIENT_ID and "
                        + "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET (or, where no identity provider runs, "
                        + "QUARKUS_OIDC_CLIENT_CLIENT_ENABLED=false with THESISWATCH_SERVICE_TOKEN)");
            }
            staticToken = Optional.empty();
        } else {
            staticToken = Optional.of(token.map(String::trim).filter(t -> !t.isEmpty())
                    .orElseThrow(() -> new IllegalStateException("quarkus.oidc-client.client-enabled=false needs "
                            + "a static token in thesiswatch.service-token (THESISWATCH_SERVICE_TOKEN); "
                            + "in production configure the OIDC client instead")));
            LOG.warn("Calls to other services carry a static token (thesiswatch.service-token); "
                    + "use the OIDC client (client credentials) wherever an identity provider runs");
        }
    }

    /** The static token to send, when the deployment uses one instead of the identity provider. */
    Optional<String> staticToken() {
        return staticToken;
    }
}
