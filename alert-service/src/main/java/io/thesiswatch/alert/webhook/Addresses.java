package io.thesiswatch.alert.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address texts read without ever asking DNS, and written the short way people read them. */
final class Addresses {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

    private Addresses() {
    }

    /**
     * The address this text writes: four decimal octets, or IPv6 (an IPv4-mapped one comes back as the 16 bytes
     * it was written as). Empty for anything else, host names included: nothing is looked up.
     */
    static Optional<byte[]> literal(String text) {
        if (IPV4.matcher(text).matches()) {
            String[] octets = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(octets[i]);
            }
            return Optional.of(bytes);
        }
        if (IPV6.matcher(text).matches()) {
            try {
                // the JDK parses a text that starts so and has a colon as IPv6, never looking it up
                InetAddress address = InetAddress.getByName(text);
                byte[] bytes = address.getAddress();
                return Optional.of(address instanceof Inet4Address ? mapped(bytes) : bytes);
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The IPv4-mapped IPv6 form ({@code ::ffff:a.b.c.d}) of an IPv4 address. */
    static byte[] mapped(byte[] ipv4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, bytes, 12, 4);
        return bytes;
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 address, empty for any other. */
    static Optional<byte[]> unmapped(byte[] ipv6) {
        if (ipv6.length != 16) {
            return Optional.empty();
        }
        for (int i = 0; i < 10; i++) {
            if (ipv6[i] != 0) {
                return Optional.empty();
            }
        }
        if (ipv6[10] != (byte) 0xff || ipv6[11] != (byte) 0xff) {
            return Optional.empty();
        }
        byte[] ipv4 = new byte[4];
        System.arraycopy(ipv6, 12, ipv4, 0, 4);
        return Optional.of(ipv4);
    }

    static String text(InetAddress address) {
        return text(address.getAddress());
    }

    /** {@code 10.0.0.1}, or IPv6 as RFC 5952 writes it: {@code ::1}, {@code fe80::1}, {@code ::ffff:10.0.0.1}. */
    static String text(byte[] bytes) {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        Optional<byte[]> ipv4 = unmapped(bytes);
        if (ipv4.isPresent()) {
            return "::ffff:" + text(ipv4.get());
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
