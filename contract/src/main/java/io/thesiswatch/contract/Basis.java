package io.thesiswatch.contract;

/**
 * Whose periods a series is told in: the company's own fiscal periods, or calendar periods (a fiscal period
 * belongs to the calendar period that holds most of its days).
 */
public enum Basis {
    FISCAL, CALENDAR;

    /** A company's series default to its own fiscal periods; a group adds up different year ends, so calendar. */
    public static Basis defaultFor(boolean group) {
        return group ? CALENDAR : FISCAL;
    }
}
