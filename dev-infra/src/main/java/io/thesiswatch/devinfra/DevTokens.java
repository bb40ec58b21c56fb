package io.thesiswatch.devinfra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in identity provider for development and tests: one key pair, whose public key the services are
 * given, and tokens for each role signed with its private key. Never for a real deployment.
 */
public final class DevTokens {

    /** The audience (aud) every Thesis Watch service accepts, as MP_JWT_VERIFY_AUDIENCES names it. */
    public static final String AUDIENCE = "thesis-watch";

    /** How long a person's development token lasts; the local stack accepts tokens up to this age. */
    public static final Duration PERSON_LIFETIME = Duration.ofDays(30);
    /** Long enough for a development .env file made once. */
    private static final Duration SERVICE_LIFETIME = Duration.ofDays(365);

    private final String domain;
    private final JwtSigner signer;

    private DevTokens(String domain, JwtSigner signer) {
        this.domain = domain;
        this.signer = signer;
    }

    /** An identity for {@code domain} (issuer {@code https://identity.<domain>}) with a key pair of its own. */
    public static DevTokens withNewKeys(String domain) {
        return new DevTokens(domain, JwtSigner.withNewKeys());
    }

    /** As {@link #withNewKeys}, with the key pair kept in this folder (made on first use). */
    public static DevTokens withKeysIn(Path folder, String domain) throws IOException {
        return new DevTokens(domain, JwtSigner.withKeysIn(folder));
    }

    public String issuer() {
        return "https://identity." + domain;
    }

    /** The verification key, as MP_JWT_VERIFY_PUBLICKEY takes it. */
    public String publicKey() {
        return signer.publicKey();
    }

    public String adminName() {
        return "admin@" + domain;
    }

    public String admin() {
        return token(adminName(), null, List.of("admin"));
    }

    public String analyst(String name) {
        return token(name, null, List.of("analyst"));
    }

    public String subscriber(String email) {
        return token(email, email, List.of("subscriber"));
    }

    public String service(String name) {
        return token(name, null, List.of("service"), Instant.now(), SERVICE_LIFETIME);
    }

    /** A person's token, valid for 30 days; {@code email} may be null. */
    public String token(String name, String email, Collection<String> groups) {
        return token(name, email, groups, Instant.now(), PERSON_LIFETIME);
    }

    public String token(String name, String email, Collection<String> groups, Instant issuedAt, Duration lifetime) {
        return token(AUDIENCE, name, email, groups, issuedAt, lifetime);
    }

    /** A token for {@code audience} (null: a token without an aud claim). */
    public String token(String audience, String name, String email, Collection<String> groups, Instant issuedAt,
            Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        if (audience != null) {
            claims.put("aud", audience);
        }
        claims.put("sub", name);
        claims.put("upn", name);
        claims.put("groups", List.copyOf(groups));
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.plus(lifetime).getEpochSecond());
        if (email != null) {
            claims.put("email", email);
        }
        return signer.sign(claims);
    }
}
