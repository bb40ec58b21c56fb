package io.thesiswatch.alert.service.me;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;

/**
 * A JSON Merge Patch (RFC 7396) of settings: a member sets its setting, {@code null} clears an optional one, a
 * member left out leaves it as it is. Every member is read before anything changes: one bad member and the patch
 * is a 400 naming each bad field, with nothing changed.
 */
final class MergePatch {

    /** Reads a member's JSON value into a setting, or throws {@link IllegalArgumentException} saying what is wrong. */
    interface Reader<T> {
        T read(JsonNode value);
    }

    private final JsonNode members;
    private final String prefix;
    private final List<Violation> problems;
    private final List<Runnable> changes = new ArrayList<>();

    private MergePatch(JsonNode members, String prefix, List<Violation> problems) {
        this.members = members;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** The patch in a request body; a body that is not a JSON object is a 400, as is a member not in {@code known}. */
    static MergePatch parse(String body, ObjectMapper json, Set<String> known) {
        JsonNode members;
        try {
            members = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (members == null || !members.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object (a merge patch of the settings)");
        }
        MergePatch patch = new MergePatch(members, "", new ArrayList<>());
        patch.onlyKnown(known);
        return patch;
    }

    /** The patch of a nested object member; {@code null} when the member is absent or null. */
    MergePatch nested(String field, Set<String> known) {
        JsonNode value = members.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problem(field, "must be an object");
            return null;
        }
        MergePatch patch = new MergePatch(value, prefix + field + ".", problems);
        patch.onlyKnown(known);
        return patch;
    }

    boolean has(String field) {
        return members.has(field);
    }

    boolean isNull(String field) {
        return members.has(field) && members.get(field).isNull();
    }

    /** A setting that cannot be cleared: {@code null} is a 400. */
    <T> void required(String field, Reader<T> reader, Consumer<T> setter) {
        if (isNull(field)) {
            problem(field, "cannot be cleared (null); leave it out to keep it as it is");
        } else {
            optional(field, reader, setter);
        }
    }

    /** A setting that {@code null} clears. */
    <T> void optional(String field, Reader<T> reader, Consumer<T> setter) {
        JsonNode value = members.get(field);
        if (value == null) {
            return;
        }
        if (value.isNull()) {
            changes.add(() -> setter.accept(null));
            return;
        }
        try {
            T read = reader.read(value);
            changes.add(() -> setter.accept(read));
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
        }
    }

    void problem(String field, String message) {
        problems.add(Violation.of(prefix + field, message));
    }

    /** Runs the changes of this patch (and of its nested patches' own {@code apply}), or throws its problems. */
    void apply() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), List.copyOf(problems));
        }
        changes.forEach(Runnable::run);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    private void onlyKnown(Set<String> known) {
        for (Iterator<String> names = members.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(name, "is not a setting that can be changed here (known: " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
    }
}
