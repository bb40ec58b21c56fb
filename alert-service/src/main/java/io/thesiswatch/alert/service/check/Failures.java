package io.thesiswatch.alert.service.check;

/** How a failed call to a neighbour service reads in a check's problem and its triggers' errors. */
final class Failures {

    private static final int MAX_LENGTH = 300;

    private Failures() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = message == null ? "no answer (" + e.getClass().getSimpleName() + ")" : message;
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
