package io.thesiswatch.alert.security;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.thesiswatch.alert.domain.Webhook;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may see and change a webhook: its owner (the subscriber whose address the token's {@code email} claim
 * names) or an admin. To anyone else it does not exist: 404.
 */
@RequestScoped
public class WebhookAccess {

    private final SecurityIdentity identity;

    public WebhookAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The caller's address: the token's email claim, or its name when that is an address. */
    public Optional<String> email() {
        String address = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("email") != null) {
            address = jwt.getClaim("email").toString();
        } else if (identity.getPrincipal() != null && identity.getPrincipal().getName() != null
                && identity.getPrincipal().getName().contains("@")) {
            address = identity.getPrincipal().getName();
        }
        return Optional.ofNullable(address).map(a -> a.toLowerCase(Locale.ROOT));
    }

    public Webhook require(Webhook webhook, UUID id) {
        if (webhook == null || !(isAdmin() || email().map(webhook.ownerEmail::equals).orElse(false))) {
            throw ResourceNotFoundException.of("Webhook", id);
        }
        return webhook;
    }
}
