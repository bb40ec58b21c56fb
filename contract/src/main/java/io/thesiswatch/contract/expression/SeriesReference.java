package io.thesiswatch.contract.expression;

import java.util.regex.Pattern;

import io.thesiswatch.contract.Transform;

/**
 * One series an expression names, written {@code {SUBJECT:METRIC[:TRANSFORM[:WINDOW]]}}: a subject and a metric of
 * company-service's catalog, derived by a transform (VALUE when left out).
 */
public record SeriesReference(String subject, String metric, Transform transform, Integer window) {

    /** The forms of company-service's codes. */
    public static final String SUBJECT_CODE = "[A-Z0-9][A-Z0-9.-]{0,19}";
    public static final String METRIC_CODE = "[A-Z][A-Z0-9_]{1,39}";
    private static final Pattern SUBJECT = Pattern.compile(SUBJECT_CODE);
    private static final Pattern METRIC = Pattern.compile(METRIC_CODE);

    public SeriesReference {
        transform = Transform.orDefault(transform);
    }

    /** The reference as an expression writes it, in its shortest form. */
    public String text() {
        StringBuilder text = new StringBuilder("{").append(subject).append(':').append(metric);
        if (transform != Transform.VALUE || window != null) {
            text.append(':').append(transform);
        }
        if (window != null) {
            text.append(':').append(window);
        }
        return text.append('}').toString();
    }

    /**
     * Reads the inside of one pair of braces.
     *
     * @throws InvalidExpressionException naming the reference and what is wrong with it
     */
    static SeriesReference parse(String token) {
        String inside = token.substring(1, token.length() - 1);
        String[] parts = inside.split(":", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw new InvalidExpressionException(token, "a reference is {SUBJECT:METRIC[:TRANSFORM[:WINDOW]]}");
        }
        String subject = parts[0].trim();
        String metric = parts[1].trim();
        if (!SUBJECT.matcher(subject).matches()) {
            throw new InvalidExpressionException(token, "'" + subject + "' is not a subject code (1-20 upper-case "
                    + "letters, digits, '.' or '-')");
        }
        if (!METRIC.matcher(metric).matches()) {
            throw new InvalidExpressionException(token, "'" + metric + "' is not a metric code (2-40 upper-case "
                    + "letters, digits or '_')");
        }
        Transform transform = parts.length > 2 ? transform(token, parts[2].trim()) : Transform.VALUE;
        Integer window = parts.length > 3 ? window(token, parts[3].trim()) : null;
        transform.windowProblem(window).ifPresent(problem -> {
            throw new InvalidExpressionException(token, "the window " + problem);
        });
        return new SeriesReference(subject, metric, transform, window);
    }

    private static Transform transform(String token, String text) {
        try {
            return Transform.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidExpressionException(token, "'" + text + "' is not a transform (VALUE, YOY_PCT, POP_PCT "
                    + "or CHANGE_PCT)");
        }
    }

    private static Integer window(String token, String text) {
        if (!text.matches("[0-9]{1,4}")) {
            throw new InvalidExpressionException(token, "'" + text + "' is not a window (a whole number of periods)");
        }
        return Integer.valueOf(text);
    }
}
