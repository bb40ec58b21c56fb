package io.thesiswatch.common.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads an enum query parameter so that a bad value is a 400 naming the parameter and the values it takes
 * (JAX-RS would answer a conversion failure without saying which parameter failed).
 */
public final class EnumParams {

    private EnumParams() {
    }

    /** The constant named by {@code text} (case-insensitive), null when absent. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
