package io.thesiswatch.common.security;

import java.util.NoSuchElementException;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service that would accept tokens for any audience: the JWT verifier reads its audiences only
 * when the first token arrives, so a production deployment without MP_JWT_VERIFY_AUDIENCES is stopped here instead.
 */
@Singleton
@Startup
public class RequiredAudience {

    static final String PROPERTY = "mp.jwt.verify.audiences";

    public RequiredAudience(Config config) {
        try {
            config.getValue(PROPERTY, String[].class);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new IllegalStateException("Set MP_JWT_VERIFY_AUDIENCES (" + PROPERTY + ") to the audience the "
                    + "identity provider writes in tokens meant for Thesis Watch, e.g. thesis-watch", e);
        }
    }
}
