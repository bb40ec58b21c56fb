package io.thesiswatch.alert;

import static io.thesiswatch.alert.FeedTrigger.aTrigger;
import static io.thesiswatch.alert.SeriesAnswer.aSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.thesiswatch.devinfra.ReceivedEmail;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.junit.jupiter.api.Test;

/**
 * RFC 8058 one-click unsubscribe only counts with a valid DKIM signature covering List-Unsubscribe and
 * List-Unsubscribe-Post: the alert email is verified as a receiving server would (Apache jDKIM), with the public key
 * published for the selector, and a changed List-Unsubscribe breaks it.
 */
@QuarkusTest
@TestProfile(OptionalFeaturesProfile.class)
class DkimSignatureTest extends AlertTestSupport {

    /** A receiving server's check, with the DNS record of test._domainkey.thesiswatch.test answered here. */
    private static List<SignatureRecord> verify(byte[] message) throws Exception {
        String record = "v=DKIM1; k=rsa; p="
                + Base64.getEncoder().encodeToString(OptionalFeaturesProfile.DKIM_KEYS.getPublic().getEncoded());
        DKIMVerifier verifier = new DKIMVerifier((method, selector, domain) -> {
            assertEquals(OptionalFeaturesProfile.DKIM_SELECTOR, selector.toString());
            assertEquals(OptionalFeaturesProfile.DKIM_DOMAIN, domain.toString());
            return List.of(record);
        });
        return verifier.verify(new ByteArrayInputStream(message));
    }

    @Test
    void theAlertEmailIsSignedOverItsUnsubscribeHeadersAndAChangedLinkBreaksTheSignature() throws Exception {
        UUID thesis = UUID.randomUUID();
        String reader = email("dkim");
        String readerId = confirmedSubscriber(reader, Map.of());
        Neighbours.thesis(thesis, "AI capex cycle runs through 2027");
        follow(readerId, Map.of("thesisId", thesis.toString()));
        Neighbours.triggers(aTrigger().of(thesis).named("Signed alert").on("BIG6", "CAPEX").above(1).warning());
        Neighbours.series(aSeries().inUsd().point("2024", 5));
        assertEquals(1, check().getInt("fired"));
        ReceivedEmail alert = settled(readerId, reader, "Signed alert", 1).get(0);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        alert.writeTo(raw);
        byte[] message = raw.toByteArray();

        List<SignatureRecord> signatures = verify(message);
        assertEquals(1, signatures.size());
        List<String> covered = signatures.get(0).getHeaders().stream()
                .map(h -> h.toString().toLowerCase(Locale.ROOT)).toList();
        assertTrue(covered.containsAll(List.of("list-unsubscribe", "list-unsubscribe-post", "from", "subject")),
                covered.toString());

        String text = new String(message, StandardCharsets.ISO_8859_1);
        String tampered = text.replaceFirst("List-Unsubscribe: <http", "List-Unsubscribe: <https");
        assertTrue(!tampered.equals(text), "the message has a List-Unsubscribe header to change");
        assertThrows(FailException.class, () -> verify(tampered.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
