package io.thesiswatch.common.text;

import java.util.Optional;

/**
 * The rule for text from clients: no C0 control characters except TAB, LF and CR (so multi-line notes stay
 * valid). PostgreSQL cannot store U+0000 at all, and the others only ever arrive by mistake or malice.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * What is wrong with {@code text} ({@code must not contain control characters (U+0000 at position 2)}), if
     * anything.
     */
    public static Optional<String> problemIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("must not contain control characters (U+%04X at position %d)", (int) c,
                        i + 1));
            }
        }
        return Optional.empty();
    }
}
