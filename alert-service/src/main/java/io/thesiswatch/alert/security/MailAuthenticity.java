package io.thesiswatch.alert.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service whose one-click unsubscribe (RFC 8058) would not count: its links must be https, and a
 * DKIM signature, when signing is on, needs its key and must cover the List-Unsubscribe headers.
 */
@Singleton
@Startup
public class MailAuthenticity {

    static final List<String> MUST_SIGN = List.of("List-Unsubscribe", "List-Unsubscribe-Post");

    public MailAuthenticity(@ConfigProperty(name = "alert.public-base-url") String publicBaseUrl,
            @ConfigProperty(name = "alert.links-allow-http", defaultValue = "false") boolean linksAllowHttp,
            @ConfigProperty(name = "quarkus.mailer.dkim.enabled", defaultValue = "false") boolean dkim,
            @ConfigProperty(name = "quarkus.mailer.dkim.private-key") Optional<String> key,
            @ConfigProperty(name = "quarkus.mailer.dkim.private-key-path") Optional<String> keyPath,
            @ConfigProperty(name = "quarkus.mailer.dkim.signed-headers") Optional<List<String>> signed) {
        if (!linksAllowHttp && !publicBaseUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw new IllegalStateException("ALERT_PUBLIC_BASE_URL must be an https URL (" + publicBaseUrl
                    + " is not): mail clients honour one-click unsubscribe only over https. "
                    + "ALERT_LINKS_ALLOW_HTTP=true allows http for development on one machine");
        }
        if (!dkim) {
            return;
        }
        if (key.isEmpty() && keyPath.isEmpty()) {
            throw new IllegalStateException("DKIM signing is on (ALERT_DKIM_ENABLED) but has no key: set "
                    + "ALERT_DKIM_PRIVATE_KEY to the RSA private key (PKCS#8, base64) whose public key is published "
                    + "under ALERT_DKIM_SELECTOR._domainkey.ALERT_DKIM_DOMAIN");
        }
        List<String> covered = signed.orElse(List.of()).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String header : MUST_SIGN) {
            if (!covered.contains(header.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("The DKIM signature must cover " + header
                        + " (quarkus.mailer.dkim.signed-headers): RFC 8058 one-click unsubscribe needs it signed");
            }
        }
    }
}
