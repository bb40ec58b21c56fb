package io.thesiswatch.alert.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {

    @Test
    void anIpv4BlockHoldsItsAddressesOnly() throws Exception {
        Cidr cidr = Cidr.parse("10.0.0.0/8");

        assertTrue(cidr.contains(address("10.0.0.0")));
        assertTrue(cidr.contains(address("10.255.1.2")));
        assertFalse(cidr.contains(address("11.0.0.1")));
        assertFalse(cidr.contains(address("9.255.255.255")));
        assertFalse(cidr.contains(address("fd00::1")));
    }

    @Test
    void anAddressAloneIsABlockOfOne() throws Exception {
        Cidr cidr = Cidr.parse("127.0.0.1");

        assertEquals("127.0.0.1/32", cidr.toString());
        assertTrue(cidr.contains(address("127.0.0.1")));
        assertFalse(cidr.contains(address("127.0.0.2")));
    }

    @Test
    void ipv6BlocksHoldTheirAddresses() throws Exception {
        assertTrue(Cidr.parse("::1/128").contains(address("::1")));
        assertFalse(Cidr.parse("::1/128").contains(address("::2")));
        assertTrue(Cidr.parse("fc00::/7").contains(address("fd12:3456::1")));
        assertTrue(Cidr.parse("fc00::/7").contains(address("fc00::")));
        assertFalse(Cidr.parse("fc00::/7").contains(address("fe00::1")));
        assertFalse(Cidr.parse("fc00::/7").contains(address("10.0.0.1")));
        assertTrue(Cidr.parse("::/0").contains(address("2606:4700::1111")));
    }

    @Test
    void ipv4BlocksHoldTheIpv4MappedFormsOfTheirAddresses() throws Exception {
        byte[] mapped = Addresses.mapped(address("10.1.1.1").getAddress());
        // built so that the JDK keeps it an IPv6 address, as a resolver may hand it over
        Inet6Address ipv6 = Inet6Address.getByAddress(null, mapped, -1);

        assertTrue(Cidr.parse("10.0.0.0/8").contains(ipv6));
        assertTrue(Cidr.parse("::ffff:10.0.0.0/104").contains(address("10.2.3.4")));
        assertFalse(Cidr.parse("::ffff:10.0.0.0/104").contains(address("11.2.3.4")));
    }

    @Test
    void bitsPastThePrefixAreDropped() {
        assertEquals("127.0.0.0/8", Cidr.parse("127.0.0.1/8").toString());
        assertEquals("fc00::/7", Cidr.parse("fdff::1/7").toString());
        assertEquals(Cidr.parse("127.0.0.0/8"), Cidr.parse(" 127.1.2.3/8 "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''              | not an empty text",
        "10.0.0.0/33     | prefix length of '10.0.0.0/33' is over 32",
        "fc00::/129      | prefix length of 'fc00::/129' is over 128",
        "10.0.0/8        | does not start with an IPv4 or IPv6 address",
        "300.1.1.1/8     | does not start with an IPv4 or IPv6 address",
        "010.0.0.0/8     | does not start with an IPv4 or IPv6 address",
        "localhost/8     | does not start with an IPv4 or IPv6 address",
        "example.com     | does not start with an IPv4 or IPv6 address",
        "fc00:::1/64     | does not start with an IPv4 or IPv6 address",
        "10.0.0.0/       | has no prefix length",
        "10.0.0.0/x      | has no prefix length",
        "::1/-1          | has no prefix length",
    })
    void badCidrsAreRefusedWithWhatIsWrong(String text, String problem) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));

        assertTrue(refused.getMessage().contains(problem), refused.getMessage());
    }

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
