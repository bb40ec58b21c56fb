package io.thesiswatch.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which webhook URLs may be called. Host names resolve through the test hosts file (src/test/resources/hosts): for
 * instance internal.example.test is 10.1.2.3 and public.example.test is 93.184.215.14.
 */
class DestinationGuardTest {

    private final DestinationGuard production = new DestinationGuard(List.of(), false, InetAddress::getAllByName);

    @Test
    void aPublicHttpsUrlPassesWithTheAddressToConnectTo() throws Exception {
        Destination destination = production.check("https://Public.Example.test/hooks/alerts?team=7");

        assertEquals(URI.create("https://Public.Example.test/hooks/alerts?team=7"), destination.uri());
        assertEquals("public.example.test", destination.host());
        assertEquals(443, destination.port());
        assertTrue(destination.https());
        assertEquals("/hooks/alerts?team=7", destination.requestUri());
        assertEquals(InetAddress.getByName("93.184.215.14"), destination.address());
    }

    @Test
    void theUrlsPortIsKeptAndAnEmptyPathIsTheRoot() {
        Destination destination = production.check("https://public.example.test:8443");

        assertEquals(8443, destination.port());
        assertEquals("/", destination.requestUri());
    }

    @Test
    void publicAddressLiteralsPass() throws Exception {
        assertEquals(InetAddress.getByName("93.184.215.14"), production.check("https://93.184.215.14/").address());
        assertEquals(InetAddress.getByName("2606:4700::1111"),
                production.check("https://[2606:4700::1111]:8443/hooks").address());
        assertEquals("2606:4700::1111", production.check("https://[2606:4700::1111]/").host());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://127.0.0.1/hooks              | 127.0.0.1 is a loopback address",
        "https://127.9.9.9/hooks              | 127.9.9.9 is a loopback address",
        "https://[::1]/hooks                  | ::1 is a loopback address",
        "https://10.0.0.1/hooks               | 10.0.0.1 is a private address",
        "https://172.16.5.4/hooks             | 172.16.5.4 is a private address",
        "https://192.168.1.1/hooks            | 192.168.1.1 is a private address",
        "https://[fd12::1]/hooks              | fd12::1 is a private address",
        "https://169.254.169.254/latest/      | 169.254.169.254 is the cloud metadata address",
        "https://[fd00:ec2::254]/latest/      | fd00:ec2::254 is the cloud metadata address",
        "https://169.254.1.1/hooks            | 169.254.1.1 is a link-local address",
        "https://[fe80::1]/hooks              | fe80::1 is a link-local address",
        "https://100.64.0.1/hooks             | 100.64.0.1 is a carrier-grade NAT address",
        "https://0.0.0.0/hooks                | 0.0.0.0 is an unspecified address",
        "https://[::]/hooks                   | :: is an unspecified address",
        "https://224.0.0.251/hooks            | 224.0.0.251 is a multicast address",
        "https://[ff02::1]/hooks              | ff02::1 is a multicast address",
        "https://255.255.255.255/hooks        | 255.255.255.255 is the broadcast address",
        "https://[::ffff:10.0.0.1]/hooks      | ::ffff:10.0.0.1 is an IPv4-mapped form of 10.0.0.1, a private address",
        "https://[::ffff:169.254.169.254]/    | ::ffff:169.254.169.254 is an IPv4-mapped form of 169.254.169.254, "
                + "the cloud metadata address",
        "https://[2002:a00:1::1]/hooks        | 2002:a00:1::1 is a 6to4 form of 10.0.0.1, a private address",
        "https://[64:ff9b::7f00:1]/hooks      | 64:ff9b::7f00:1 is a NAT64 form of 127.0.0.1, a loopback address",
        "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/ | a Teredo form of 127.0.0.1, a loopback address",
    })
    void internalAddressesAreRefusedNamingWhatTheyAre(String url, String reason) {
        RefusedDestination refused = assertThrows(RefusedDestination.class, () -> production.check(url));

        assertTrue(refused.reason().startsWith(reason) || refused.reason().contains(reason), refused.reason());
        assertTrue(refused.reason().endsWith("webhooks are delivered only to public internet addresses"),
                refused.reason());
    }

    @Test
    void aNameResolvingToAnInternalAddressIsRefusedNamingTheAddress() {
        assertEquals("internal.example.test resolves to 10.1.2.3, a private address;"
                + " webhooks are delivered only to public internet addresses",
                refusal(production, "https://internal.example.test/hooks"));
        assertTrue(refusal(production, "https://metadata.example.test/latest/meta-data/")
                .startsWith("metadata.example.test resolves to 169.254.169.254, the cloud metadata address"));
    }

    @Test
    void oneInternalAddressAmongPublicOnesIsEnoughToRefuse() {
        assertTrue(refusal(production, "https://mixed.example.test/hooks")
                .startsWith("mixed.example.test resolves to 10.1.2.4, a private address"));
    }

    @Test
    void theNameIsResolvedAgainAtEachCheck() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("93.184.215.14");
        DestinationGuard guard = new DestinationGuard(List.of(), false,
                host -> new InetAddress[] {InetAddress.getByName(answer.get())});
        assertEquals(InetAddress.getByName("93.184.215.14"), guard.check("https://rebinding.example.test/").address());

        answer.set("10.9.9.9");

        assertTrue(refusal(guard, "https://rebinding.example.test/")
                .startsWith("rebinding.example.test resolves to 10.9.9.9, a private address"));
    }

    @Test
    void anIpv4MappedAnswerFromTheResolverIsJudgedByItsIpv4Address() throws Exception {
        byte[] mapped = Addresses.mapped(new byte[] {10, 0, 0, 7});
        DestinationGuard guard = new DestinationGuard(List.of(), false,
                host -> new InetAddress[] {Inet6Address.getByAddress(host, mapped, -1)});

        assertTrue(refusal(guard, "https://mapped.example.test/").startsWith(
                "mapped.example.test resolves to ::ffff:10.0.0.7, an IPv4-mapped form of 10.0.0.7, a private address"));
    }

    @Test
    void allowedDestinationsLetTheirInternalAddressesThrough() throws Exception {
        DestinationGuard localStack = new DestinationGuard(List.of(Cidr.parse("127.0.0.0/8")), true,
                InetAddress::getAllByName);

        Destination destination = localStack.check("http://receiver.example.test:8089/hooks");

        assertEquals("receiver.example.test", destination.host());
        assertEquals(8089, destination.port());
        assertArrayEquals(new byte[] {127, 0, 0, 1}, destination.address().getAddress());
        assertEquals(80, localStack.check("http://127.0.0.2/hooks").port());
        // localhost is also ::1, which 127.0.0.0/8 does not allow
        assertTrue(refusal(localStack, "http://localhost:8089/hooks")
                .startsWith("localhost resolves to ::1, a loopback address"));
        assertTrue(refusal(localStack, "http://10.0.0.1/hooks").startsWith("10.0.0.1 is a private address"));
    }

    @Test
    void httpIsRefusedUnlessAllowed() {
        DestinationGuard allowingHttp = new DestinationGuard(List.of(), true, InetAddress::getAllByName);

        assertEquals("only https URLs are accepted", refusal(production, "http://public.example.test/hooks"));
        assertEquals(80, allowingHttp.check("http://public.example.test/hooks").port());
        assertEquals("only http and https URLs are accepted", refusal(allowingHttp, "ftp://public.example.test/x"));
    }

    @Test
    void userInformationIsRefused() {
        assertTrue(refusal(production, "https://user:secret@public.example.test/hooks")
                .startsWith("URLs with user information (user:password@) are not accepted"));
        assertTrue(refusal(production, "https://token@public.example.test/hooks")
                .startsWith("URLs with user information (user:password@) are not accepted"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://public.example.test/hooks#top | URLs with a fragment (#...) are not accepted",
        "/hooks                                | the URL must be absolute",
        "public.example.test/hooks             | the URL must be absolute",
        "https:public.example.test             | the URL names no host",
        "https:///hooks                        | the URL names no host",
        "https://exa_mple.test/hooks           | the URL's host 'exa_mple.test' is not a valid host name",
        "https://public.example.test:0/        | the port must be between 1 and 65535, not 0",
        "https://public.example.test:70000/    | the port must be between 1 and 65535, not 70000",
        "https://127.1/hooks                   | write an IPv4 address as four decimal numbers",
        "https://2130706433/hooks              | write an IPv4 address as four decimal numbers",
        "https://nowhere.example.test/hooks    | the host nowhere.example.test could not be resolved",
        "https://public example/hooks          | this is not a valid URL: Illegal character in authority",
        "''                                    | a URL is needed",
    })
    void malformedUrlsAreRefusedWithWhatIsWrong(String url, String reason) {
        String refusal = refusal(production, url);

        assertTrue(refusal.startsWith(reason), refusal);
    }

    private static String refusal(DestinationGuard guard, String url) {
        return assertThrows(RefusedDestination.class, () -> guard.check(url)).reason();
    }
}
