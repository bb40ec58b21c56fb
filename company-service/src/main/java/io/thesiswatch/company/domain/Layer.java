package io.thesiswatch.company.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a company sits in the AI value chain. */
@Schema(name = "Layer", description = "Where a company sits in the AI value chain: INFRASTRUCTURE (chips, "
        + "servers, power, cooling), PLATFORM (clouds, model makers), APPLICATION (products built on AI) or OTHER")
public enum Layer {
    /** Hardware, chips, servers, power and cooling. */
    INFRASTRUCTURE,
    /** Clouds and model makers. */
    PLATFORM,
    /** Products built on AI. */
    APPLICATION,
    OTHER
}
