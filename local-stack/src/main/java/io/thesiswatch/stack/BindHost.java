package io.thesiswatch.stack;

import java.util.Set;

/**
 * The address the local stack's services and inbox listen on: {@code 127.0.0.1}, this machine only, unless
 * told otherwise ({@code 0.0.0.0} opens them to the network).
 */
public record BindHost(String address) {

    public static final BindHost LOOPBACK = new BindHost("127.0.0.1");

    /** Addresses that this machine reaches as localhost. */
    private static final Set<String> LOCALHOST = Set.of("127.0.0.1", "0.0.0.0", "::");

    public BindHost {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a bind host needs an address, e.g. 127.0.0.1 or 0.0.0.0");
        }
    }

    /** The host that URLs reaching something listening here name. */
    public String inUrls() {
        if (LOCALHOST.contains(address)) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
