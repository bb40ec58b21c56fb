package io.thesiswatch.contract;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a series is derived from the observations (company-service computes it on read). */
@Schema(description = "What a series shows: VALUE, the observations themselves; YOY_PCT, percent change against the "
        + "same period a year earlier; POP_PCT, against the period before; CHANGE_PCT, against the period "
        + "window periods earlier (window required).")
public enum Transform {
    /** The observations themselves. */
    VALUE,
    /** Percent change against the same period one year earlier. */
    YOY_PCT,
    /** Percent change against the previous period of the same kind. */
    POP_PCT,
    /** Percent change against {@code window} periods earlier. */
    CHANGE_PCT;

    /** The largest {@code window} a {@code CHANGE_PCT} series takes. */
    public static final int MAX_WINDOW = 1000;

    /** A series that names no transform is the observations themselves. */
    public static Transform orDefault(Transform transform) {
        return transform == null ? VALUE : transform;
    }

    /** Only {@code CHANGE_PCT} takes (and needs) a window. */
    public boolean takesWindow() {
        return this == CHANGE_PCT;
    }

    /** What is wrong with this window for this transform, if anything. */
    public Optional<String> windowProblem(Integer window) {
        if (!takesWindow()) {
            return window == null ? Optional.empty() : Optional.of("is only allowed with CHANGE_PCT");
        }
        if (window == null) {
            return Optional.of("is required with CHANGE_PCT");
        }
        if (window < 1 || window > MAX_WINDOW) {
            return Optional.of("must be between 1 and " + MAX_WINDOW);
        }
        return Optional.empty();
    }

    /** Whether the derived series is a percentage whatever the unit of the observations. */
    public boolean isPercentChange() {
        return this != VALUE;
    }
}
