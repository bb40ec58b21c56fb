package io.thesiswatch.company.api;

import jakarta.validation.groups.Default;

/** Validation group for rules that apply only when a resource is created (its code is required). */
public interface OnCreate extends Default {
}
