package io.thesiswatch.alert.webhook;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * A block of IPv4 or IPv6 addresses written as a CIDR ({@code 10.0.0.0/8}, {@code fc00::/7}); an address alone is a
 * block of one. An IPv4 block also holds the IPv4-mapped IPv6 forms of its addresses, and the other way round.
 */
public final class Cidr {

    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Reads {@code 10.0.0.0/8}, {@code 127.0.0.1} (a /32), {@code ::1/128} or {@code fc00::/7}. Bits set past the
     * prefix are dropped: {@code 127.0.0.1/8} is {@code 127.0.0.0/8}.
     *
     * @throws IllegalArgumentException with what is wrong, for anything else (host names included)
     */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A CIDR such as 10.0.0.0/8 or fc00::/7 is needed, not an empty text");
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] address = Addresses.literal(addressText).orElseThrow(() -> new IllegalArgumentException(
                "Not a CIDR: '" + text + "' does not start with an IPv4 or IPv6 address (10.0.0.0/8, fc00::/7)"));
        int bits = address.length * 8;
        int prefixLength = slash < 0 ? bits : prefixLength(trimmed.substring(slash + 1), bits, text);
        return new Cidr(masked(address, prefixLength), prefixLength);
    }

    private static int prefixLength(String text, int bits, String cidr) {
        if (!text.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("Not a CIDR: '" + cidr + "' has no prefix length after its '/'");
        }
        int length = Integer.parseInt(text);
        if (length > bits) {
            throw new IllegalArgumentException("Not a CIDR: the prefix length of '" + cidr + "' is over " + bits);
        }
        return length;
    }

    private static byte[] masked(byte[] address, int prefixLength) {
        byte[] network = address.clone();
        for (int bit = prefixLength; bit < network.length * 8; bit++) {
            network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return network;
    }

    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    /** Whether the address (4 or 16 bytes) is in this block. */
    boolean contains(byte[] address) {
        Optional<byte[]> comparable = comparable(address);
        if (comparable.isEmpty()) {
            return false;
        }
        byte[] candidate = comparable.get();
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The address in this block's family, when it has a form in it. */
    private Optional<byte[]> comparable(byte[] address) {
        if (address.length == network.length) {
            return Optional.of(address);
        }
        return address.length == 4 ? Optional.of(Addresses.mapped(address)) : Addresses.unmapped(address);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && prefixLength == cidr.prefixLength && Arrays.equals(network, cidr.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return Addresses.text(network) + "/" + prefixLength;
    }
}
