package io.thesiswatch.alert.webhook;

import java.util.List;
import java.util.Optional;

/**
 * The addresses that are not the public internet — this machine, the networks around it, the cloud's metadata
 * service — each named the way its owner would understand a refusal. IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are judged by the IPv4 address they carry.
 */
final class InternalAddresses {

    private static final String PRIVATE = "a private address";
    private static final String RESERVED = "a reserved address";
    private static final String DOCUMENTATION = "an address reserved for documentation";
    private static final String METADATA = "the cloud metadata address";

    private static final List<Block> IPV4 = List.of(
            new Block("169.254.169.254", METADATA),
            new Block("100.100.100.200", METADATA),
            new Block("0.0.0.0/8", "an unspecified address (0.0.0.0/8)"),
            new Block("127.0.0.0/8", "a loopback address"),
            new Block("10.0.0.0/8", PRIVATE),
            new Block("172.16.0.0/12", PRIVATE),
            new Block("192.168.0.0/16", PRIVATE),
            new Block("100.64.0.0/10", "a carrier-grade NAT address"),
            new Block("169.254.0.0/16", "a link-local address"),
            new Block("192.0.0.0/24", RESERVED),
            new Block("192.0.2.0/24", DOCUMENTATION),
            new Block("198.51.100.0/24", DOCUMENTATION),
            new Block("203.0.113.0/24", DOCUMENTATION),
            new Block("198.18.0.0/15", "an address reserved for network benchmarks"),
            new Block("224.0.0.0/4", "a multicast address"),
            new Block("255.255.255.255", "the broadcast address"),
            new Block("240.0.0.0/4", RESERVED));

    private static final List<Block> IPV6 = List.of(
            new Block("fd00:ec2::254", METADATA),
            new Block("::", "an unspecified address (::)"),
            new Block("::1", "a loopback address"),
            new Block("fc00::/7", PRIVATE),
            new Block("fec0::/10", PRIVATE),
            new Block("fe80::/10", "a link-local address"),
            new Block("ff00::/8", "a multicast address"),
            new Block("64:ff9b:1::/48", PRIVATE),
            new Block("2001:db8::/32", DOCUMENTATION),
            new Block("100::/64", RESERVED));

    private static final List<Carrier> CARRIERS = List.of(
            new Carrier("::ffff:0:0/96", 12, false, "an IPv4-mapped form"),
            new Carrier("::/96", 12, false, "an IPv4-compatible form"),
            new Carrier("64:ff9b::/96", 12, false, "a NAT64 form"),
            new Carrier("2002::/16", 2, false, "a 6to4 form"),
            // Teredo stores the client's IPv4 address with its bits flipped
            new Carrier("2001::/32", 12, true, "a Teredo form"));

    private InternalAddresses() {
    }

    /**
     * What this address (4 or 16 bytes) is, as a phrase such as {@code "a private address"}, or empty when it is a
     * public one.
     */
    static Optional<String> what(byte[] address) {
        if (address.length == 4) {
            return first(IPV4, address);
        }
        Optional<String> ipv6 = first(IPV6, address);
        if (ipv6.isPresent()) {
            return ipv6;
        }
        for (Carrier carrier : CARRIERS) {
            if (carrier.cidr.contains(address)) {
                byte[] ipv4 = carrier.carried(address);
                return first(IPV4, ipv4).map(what -> carrier.form + " of " + Addresses.text(ipv4) + ", " + what);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(List<Block> blocks, byte[] address) {
        return blocks.stream().filter(block -> block.cidr.contains(address)).map(block -> block.what).findFirst();
    }

    private record Block(Cidr cidr, String what) {
        Block(String cidr, String what) {
            this(Cidr.parse(cidr), what);
        }
    }

    private record Carrier(Cidr cidr, int offset, boolean flipped, String form) {
        Carrier(String cidr, int offset, boolean flipped, String form) {
            this(Cidr.parse(cidr), offset, flipped, form);
        }

        byte[] carried(byte[] ipv6) {
            byte[] ipv4 = new byte[4];
            for (int i = 0; i < 4; i++) {
                ipv4[i] = (byte) (flipped ? ~ipv6[offset + i] : ipv6[offset + i]);
            }
            return ipv4;
        }
    }
}
