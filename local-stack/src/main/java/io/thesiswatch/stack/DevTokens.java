package io.thesiswatch.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack's stand-in for an identity provider: a key pair kept in the data folder, whose public
 * key the services trust, and RS256 tokens signed with its private key. For development only.
 */
public final class DevTokens {

    public static final String ISSUER = "https://identity.thesiswatch.local";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private DevTokens(KeyPair keys) {
        this.privateKey = keys.getPrivate();
        this.publicKey = keys.getPublic();
    }

    /** The key pair of this data folder, made on first use. */
    public static DevTokens in(Path dataDirectory) throws IOException {
        Path privateFile = dataDirectory.resolve("jwt-private.der");
        Path publicFile = dataDirectory.resolve("jwt-public.der");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new DevTokens(new KeyPair(
                        rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)))));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Files.createDirectories(dataDirectory);
            Files.write(privateFile, keys.getPrivate().getEncoded());
            Files.write(publicFile, keys.getPublic().getEncoded());
            return new DevTokens(keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** The verification key, as MP_JWT_VERIFY_PUBLICKEY takes it. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String admin() {
        return token("admin@thesiswatch.local", null, List.of("admin"), Duration.ofDays(30));
    }

    public String analyst(String name) {
        return token(name, null, List.of("analyst"), Duration.ofDays(30));
    }

    public String subscriber(String email) {
        return token(email, email, List.of("subscriber"), Duration.ofDays(30));
    }

    public String service(String name) {
        return token(name, null, List.of("service"), Duration.ofDays(365));
    }

    public String token(String name, String email, List<String> groups, Duration lifetime) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", name);
        claims.put("upn", name);
        claims.put("groups", groups);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        if (email != null) {
            claims.put("email", email);
        }
        try {
            String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = URL.encodeToString(Api.JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}
