package io.thesiswatch.company.domain;

/** Where a company sits in the AI value chain. */
public enum Layer {
    /** Hardware, chips, servers, power and cooling. */
    INFRASTRUCTURE,
    /** Clouds and model makers. */
    PLATFORM,
    /** Products built on AI. */
    APPLICATION,
    OTHER
}
