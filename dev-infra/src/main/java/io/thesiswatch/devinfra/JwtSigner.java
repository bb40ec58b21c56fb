package io.thesiswatch.devinfra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An RSA key pair that signs JWTs with RS256, as an identity provider would. */
final class JwtSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final KeyPair keys;

    private JwtSigner(KeyPair keys) {
        this.keys = keys;
    }

    static JwtSigner withNewKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new JwtSigner(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** The key pair kept in this folder, made and written there on first use. */
    static JwtSigner withKeysIn(Path folder) throws IOException {
        Path privateFile = folder.resolve("jwt-private.der");
        Path publicFile = folder.resolve("jwt-public.der");
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            JwtSigner made = withNewKeys();
            Files.createDirectories(folder);
            Files.write(privateFile, made.keys.getPrivate().getEncoded());
            Files.write(publicFile, made.keys.getPublic().getEncoded());
            return made;
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new JwtSigner(new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable key pair in " + folder, e);
        }
    }

    /** The verification key, Base64 of its X.509 encoding, as MP_JWT_VERIFY_PUBLICKEY takes it. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    String sign(Map<String, Object> claims) {
        try {
            String signed = HEADER + "." + BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}
