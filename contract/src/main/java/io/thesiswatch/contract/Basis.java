package io.thesiswatch.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whose periods a series is told in: the company's own fiscal periods, or calendar periods (a fiscal period
 * belongs to the calendar period that holds most of its days).
 */
@Schema(description = "Whose periods a series is told in: FISCAL, the company's own fiscal periods; CALENDAR, calendar "
        + "periods (a fiscal period belongs to the calendar period that holds most of its days). A company "
        + "defaults to FISCAL, a group to CALENDAR.")
public enum Basis {
    FISCAL, CALENDAR;

    /** A company's series default to its own fiscal periods; a group adds up different year ends, so calendar. */
    public static Basis defaultFor(boolean group) {
        return group ? CALENDAR : FISCAL;
    }
}
