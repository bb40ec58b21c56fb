package io.thesiswatch.alert.webhook;

import java.net.InetAddress;
import java.net.URI;

/**
 * A webhook URL that {@link DestinationGuard} let through, with the address it vetted. The sender connects to that
 * address and nowhere else, so that a second DNS answer (a name rebound to an internal address after the check)
 * cannot redirect the request. Only the guard makes these.
 */
public final class Destination {

    private final URI uri;
    private final String host;
    private final int port;
    private final InetAddress address;

    Destination(URI uri, String host, int port, InetAddress address) {
        this.uri = uri;
        this.host = host;
        this.port = port;
        this.address = address;
    }

    /** The URL as registered. */
    public URI uri() {
        return uri;
    }

    /** The host as the URL names it (without an IPv6 literal's brackets): the Host header and the TLS server name. */
    public String host() {
        return host;
    }

    /** The URL's port, or the scheme's default. */
    public int port() {
        return port;
    }

    /** The vetted address the connection goes to. */
    public InetAddress address() {
        return address;
    }

    public boolean https() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    /** Path and query as sent on the request line: {@code /hooks?team=1}, {@code /} for none. */
    public String requestUri() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public String toString() {
        return uri + " (" + Addresses.text(address) + ")";
    }
}
