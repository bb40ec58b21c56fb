package io.thesiswatch.alert.service.me;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.thesiswatch.alert.domain.EmailLocale;
import io.thesiswatch.common.text.ControlCharacters;

/** How the members of a settings patch are read; each reader says what is wrong with a value it refuses. */
final class Settings {

    private static final Pattern HOURS_MINUTES = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private Settings() {
    }

    static MergePatch.Reader<String> text(int maxLength) {
        return value -> {
            String raw = string(value);
            ControlCharacters.problemIn(raw).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            String text = raw.trim();
            if (text.length() > maxLength) {
                throw new IllegalArgumentException("must be at most " + maxLength + " characters");
            }
            return text.isEmpty() ? null : text;
        };
    }

    static <E extends Enum<E>> MergePatch.Reader<E> oneOf(Class<E> type) {
        return value -> {
            String name = string(value);
            return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("must be one of " + Arrays.stream(
                            type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        };
    }

    static MergePatch.Reader<Boolean> bool() {
        return value -> {
            if (!value.isBoolean()) {
                throw new IllegalArgumentException("must be true or false");
            }
            return value.booleanValue();
        };
    }

    static MergePatch.Reader<Integer> integer(int min, int max) {
        return value -> {
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min
                    || value.intValue() > max) {
                throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
            }
            return value.intValue();
        };
    }

    /** An IANA zone name (Europe/Berlin), not an offset: quiet hours follow the zone's daylight saving time. */
    static MergePatch.Reader<String> timeZone() {
        return value -> {
            String zone = string(value);
            if (!ZoneId.getAvailableZoneIds().contains(zone)) {
                throw new IllegalArgumentException("'" + zone + "' is not an IANA time zone (like Europe/Berlin or "
                        + "Asia/Taipei)");
            }
            return ZoneId.of(zone).getId();
        };
    }

    static MergePatch.Reader<LocalTime> localTime() {
        return value -> {
            String time = string(value);
            if (!HOURS_MINUTES.matcher(time).matches()) {
                throw new IllegalArgumentException("'" + time + "' is not a local time HH:mm (like 22:00)");
            }
            return LocalTime.parse(time);
        };
    }

    /** A date-time with its offset (2027-01-15T00:00:00Z). */
    static MergePatch.Reader<Instant> instant() {
        return value -> {
            String text = string(value);
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a date-time with an offset (like "
                        + "2027-01-15T00:00:00Z)");
            }
        };
    }

    static MergePatch.Reader<EmailLocale> locale() {
        return value -> EmailLocale.fromTag(string(value));
    }

    private static String string(JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("must be a string");
        }
        return value.textValue();
    }
}
