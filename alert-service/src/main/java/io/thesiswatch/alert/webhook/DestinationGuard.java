package io.thesiswatch.alert.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.thesiswatch.alert.config.AlertConfig;

/**
 * Decides whether a webhook URL may be called, so that webhooks cannot be aimed at this service's own network: the
 * machine itself, private and link-local networks, the cloud metadata service. Called when an endpoint is registered
 * and again before each delivery, since what a name resolves to can change; the delivery then goes to the address
 * vetted here (see {@link Destination}).
 *
 * <p>Every address of the host is checked, not only the one a connection would use, and one internal address is
 * enough to refuse: a name that resolves both ways would otherwise pass whenever the public answer came first.
 * Addresses inside the configured allowed destinations (e.g. {@code 127.0.0.0/8} for the local stack) pass.
 */
@ApplicationScoped
public class DestinationGuard {

    private static final String ONLY_PUBLIC = "; webhooks are delivered only to public internet addresses";

    /** Host texts of digits and dots only: the JDK reads legacy IPv4 forms such as 127.1 or 2130706433 in them. */
    private static final String DIGITS_AND_DOTS = "[0-9.]+";

    /** How host names are resolved; the JDK's resolver outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<Cidr> allowed;
    private final boolean allowHttp;
    private final Resolver resolver;

    @Inject
    public DestinationGuard(AlertConfig config) {
        this(allowedDestinations(config.webhooks().allowedDestinations()), config.webhooks().allowHttp(),
                InetAddress::getAllByName);
    }

    DestinationGuard(List<Cidr> allowed, boolean allowHttp, Resolver resolver) {
        this.allowed = List.copyOf(allowed);
        this.allowHttp = allowHttp;
        this.resolver = resolver;
    }

    private static List<Cidr> allowedDestinations(Optional<List<String>> configured) {
        return configured.orElse(List.of()).stream().filter(cidr -> !cidr.isBlank()).map(Cidr::parse).toList();
    }

    /**
     * The destination to deliver to.
     *
     * @throws RefusedDestination when the URL may not be called, with the reason
     */
    public Destination check(String url) {
        URI uri = parse(url);
        String host = host(uri);
        int port = port(uri);
        InetAddress address = vetted(host);
        return new Destination(uri, host, port, address);
    }

    private URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedDestination("a URL is needed, such as https://example.com/webhooks");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            String where = e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1);
            throw new RefusedDestination("this is not a valid URL: " + e.getReason() + where);
        }
        if (!uri.isAbsolute()) {
            throw new RefusedDestination("the URL must be absolute, such as https://example.com/webhooks");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new RefusedDestination(allowHttp ? "only http and https URLs are accepted"
                    : "only https URLs are accepted");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new RefusedDestination("the URL names no host, such as https://example.com/webhooks");
        }
        if (uri.getRawAuthority().contains("@")) {
            throw new RefusedDestination("URLs with user information (user:password@) are not accepted;"
                    + " use the signature headers to authenticate deliveries");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedDestination("URLs with a fragment (#...) are not accepted");
        }
        return uri;
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        String written = host != null ? host : uri.getRawAuthority().replaceFirst(":\\d*$", "");
        if (written.matches(DIGITS_AND_DOTS) && Addresses.literal(written).isEmpty()) {
            throw new RefusedDestination("write an IPv4 address as four decimal numbers, such as 93.184.215.14");
        }
        if (host == null) {
            throw new RefusedDestination("the URL's host '" + written + "' is not a valid host name");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1).toLowerCase(Locale.ROOT);
        }
        return host.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() == -1) {
            return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        if (uri.getPort() < 1 || uri.getPort() > 65535) {
            throw new RefusedDestination("the port must be between 1 and 65535, not " + uri.getPort());
        }
        return uri.getPort();
    }

    /** The address to connect to, once every address of the host has passed. */
    private InetAddress vetted(String host) {
        Optional<byte[]> literal = Addresses.literal(host);
        List<byte[]> addresses = new ArrayList<>();
        if (literal.isPresent()) {
            addresses.add(literal.get());
        } else {
            for (InetAddress resolved : resolve(host)) {
                addresses.add(resolved.getAddress());
            }
        }
        for (byte[] address : addresses) {
            Optional<String> internal = InternalAddresses.what(address);
            if (internal.isPresent() && allowed.stream().noneMatch(cidr -> cidr.contains(address))) {
                String text = Addresses.text(address);
                String subject = literal.isPresent() ? text + " is " : host + " resolves to " + text + ", ";
                throw new RefusedDestination(subject + internal.get() + ONLY_PUBLIC);
            }
        }
        try {
            // an address without a name: nothing downstream can resolve it again
            return InetAddress.getByAddress(addresses.get(0));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("An address of " + addresses.get(0).length + " bytes", e);
        }
    }

    private InetAddress[] resolve(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedDestination("the host " + host + " could not be resolved; check its name");
        }
        if (addresses.length == 0) {
            throw new RefusedDestination("the host " + host + " could not be resolved; check its name");
        }
        return addresses;
    }
}
