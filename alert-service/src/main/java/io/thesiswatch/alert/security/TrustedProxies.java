package io.thesiswatch.alert.security;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service that would believe any sender's X-Forwarded-For: with proxy address forwarding on,
 * Quarkus trusts every proxy unless trusted ones are listed, and a client could then choose the address its sign-ups
 * are counted under.
 */
@Singleton
@Startup
public class TrustedProxies {

    public TrustedProxies(
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
            boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        if (forwarding && trusted.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException(
                    "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING is on but no proxy is trusted: "
                    + "set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to the addresses (or CIDR) of the ingress controller, "
                    + "or every client could name its own address in X-Forwarded-For");
        }
    }
}
