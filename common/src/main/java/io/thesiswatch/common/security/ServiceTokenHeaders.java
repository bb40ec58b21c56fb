package io.thesiswatch.common.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Sends this service's own token (role {@code service}) on every call to a neighbour. */
@ApplicationScoped
public class ServiceTokenHeaders implements ClientHeadersFactory {

    private final Optional<String> token;

    public ServiceTokenHeaders(@ConfigProperty(name = "thesiswatch.service-token") Optional<String> token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        token.filter(t -> !t.isBlank()).ifPresent(t -> headers.putSingle("Authorization", "Bearer " + t));
        return headers;
    }
}
