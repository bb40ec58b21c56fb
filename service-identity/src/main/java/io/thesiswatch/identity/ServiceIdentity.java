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
 * which only the local stack and compose use: it cannot be rotated without a restart.
 */
@Singleton
@Startup
public class ServiceIdentity {

    private static final Logger LOG = Logger.getLogger(ServiceIdentity.class);

    private final Optional<String> staticToken;

    public ServiceIdentity(@ConfigProperty(name = "quarkus.oidc-client.client-enabled", defaultValue = "true")
            boolean clientCredentials, @ConfigProperty(name = "thesiswatch.service-token") Optional<String> token) {
        if (clientCredentials) {
            staticToken = Optional.empty();
        } else {
            staticToken = Optional.of(token.map(String::trim).filter(t -> !t.isEmpty())
                    .orElseThrow(() -> new IllegalStateException("quarkus.oidc-client.client-enabled=false needs "
                            + "a static token in thesiswatch.service-token (THESISWATCH_SERVICE_TOKEN); "
                            + "in production configure the OIDC client instead")));
            LOG.warn("Calls to other services carry a static token (thesiswatch.service-token); "
                    + "use the OIDC client (client credentials) anywhere but the local stack");
        }
    }

    /** The static token to send, when the deployment uses one instead of the identity provider. */
    Optional<String> staticToken() {
        return staticToken;
    }
}
