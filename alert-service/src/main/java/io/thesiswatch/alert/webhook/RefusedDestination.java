package io.thesiswatch.alert.webhook;

/**
 * A webhook URL this service will not call, with the reason in words its owner can act on, such as
 * "only https URLs are accepted" or "hooks.example.com resolves to 10.0.0.1, a private address ...".
 */
public class RefusedDestination extends RuntimeException {

    public RefusedDestination(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
