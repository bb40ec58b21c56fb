package io.thesiswatch.thesis.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.thesiswatch.common.security.Roles;

/** Who is calling, and what they may change: an analyst their own theses, an admin every one. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Fails with 403 unless the caller owns the thesis or is an admin. */
    public void requireOwner(String owner) {
        if (!isAdmin() && !name().equals(owner)) {
            throw new ForbiddenException("Only the thesis' owner (" + owner + ") or an admin may change it");
        }
    }
}
