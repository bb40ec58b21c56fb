package io.thesiswatch.common.security;

/** The roles a token's {@code groups} claim can carry. */
public final class Roles {

    /** Writes the catalog; edits every thesis; runs operations. */
    public static final String ADMIN = "admin";
    /** Writes theses and triggers, and edits their own. */
    public static final String ANALYST = "analyst";
    /** Manages their own subscriber record and subscriptions. */
    public static final String SUBSCRIBER = "subscriber";
    /** Another Thesis Watch service. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
