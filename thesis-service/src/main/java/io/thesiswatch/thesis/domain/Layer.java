package io.thesiswatch.thesis.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The value-chain layer a thesis is about. */
@Schema(description = "The value-chain layer a thesis is about")
public enum Layer {
    INFRASTRUCTURE, PLATFORM, APPLICATION, OTHER
}
