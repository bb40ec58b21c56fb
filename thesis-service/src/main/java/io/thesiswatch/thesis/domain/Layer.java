package io.thesiswatch.thesis.domain;

/** The value-chain layer a thesis is about. */
public enum Layer {
    INFRASTRUCTURE, PLATFORM, APPLICATION, OTHER
}
