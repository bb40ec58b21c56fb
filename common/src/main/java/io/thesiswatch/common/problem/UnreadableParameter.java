package io.thesiswatch.common.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Finds the path or query parameter of a resource method whose value could not be converted to its type, and
 * says what it must be ({@code id must be a UUID}): JAX-RS reports such a failure without naming the parameter.
 */
final class UnreadableParameter {

    private UnreadableParameter() {
    }

    /** The first parameter of {@code method} whose value in the request does not read as its type. */
    static Optional<Violation> of(Method method, MultivaluedMap<String, String> pathParameters,
            MultivaluedMap<String, String> queryParameters) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            Optional<Violation> unreadable = name(parameter, PathParam.class, PathParam::value)
                    .flatMap(name -> unreadable(name, parameter.getType(), values(pathParameters, name)))
                    .or(() -> name(parameter, QueryParam.class, QueryParam::value)
                            .flatMap(name -> unreadable(name, parameter.getType(), values(queryParameters, name))));
            if (unreadable.isPresent()) {
                return unreadable;
            }
        }
        return Optional.empty();
    }

    /** What a value of this type must look like when {@code text} is not one; empty when it reads. */
    private static Optional<String> mismatch(Class<?> type, String text) {
        if (type == UUID.class) {
            return failsToRead(() -> UUID.fromString(text), "must be a UUID");
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return names.contains(text) ? Optional.empty() : Optional.of("must be one of " + String.join(", ", names));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return failsToRead(() -> Long.parseLong(text), "must be a whole number");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return failsToRead(() -> new BigDecimal(text), "must be a number");
        }
        return Optional.empty();
    }

    private static <A extends Annotation> Optional<String> name(Parameter parameter, Class<A> annotation,
            Function<A, String> value) {
        return Optional.ofNullable(parameter.getAnnotation(annotation)).map(value);
    }

    private static List<String> values(MultivaluedMap<String, String> parameters, String name) {
        List<String> values = parameters == null ? null : parameters.get(name);
        return values == null ? List.of() : values;
    }

    private static Optional<Violation> unreadable(String name, Class<?> type, List<String> values) {
        return values.stream().map(text -> mismatch(type, text)).flatMap(Optional::stream).findFirst()
                .map(message -> Violation.of(name, message));
    }

    private static Optional<String> failsToRead(Runnable read, String message) {
        try {
            read.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(message);
        }
    }
}
