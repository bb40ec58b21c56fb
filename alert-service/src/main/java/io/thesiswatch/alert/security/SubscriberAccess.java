package io.thesiswatch.alert.security;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import io.thesiswatch.alert.domain.Subscriber;
import io.thesiswatch.alert.domain.SubscriberStatus;
import io.thesiswatch.common.problem.ResourceNotFoundException;
import io.thesiswatch.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A subscriber reaches only their own record: the token's {@code email} claim must be its address. To
 * anyone else (but an admin) it does not exist: 404, not a hint that it does.
 */
@RequestScoped
public class SubscriberAccess {

    private final SecurityIdentity identity;

    public SubscriberAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Subscriber require(Subscriber subscriber, Object id) {
        if (subscriber == null || subscriber.status == SubscriberStatus.ERASED
                || !(identity.hasRole(Roles.ADMIN) || email().equals(subscriber.email))) {
            throw ResourceNotFoundException.of("Subscriber", id);
        }
        return subscriber;
    }

    /** The address of the caller's token ({@code email} claim, lower-case); 404 when it has none. */
    public String myAddress() {
        String email = email();
        if (email.isEmpty()) {
            throw new ResourceNotFoundException("Your token carries no email claim, so no subscriber is yours");
        }
        return email;
    }

    private String email() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("email") != null) {
            return jwt.getClaim("email").toString().toLowerCase(Locale.ROOT);
        }
        return "";
    }
}
