package io.thesiswatch.thesis.api;

import jakarta.validation.groups.Default;

/** Validation group for rules that apply only to an update (the version a client read is required). */
public interface OnUpdate extends Default {
}
