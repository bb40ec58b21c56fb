package io.thesiswatch.contract;

/** The length of a series' periods. A series is always of one kind. */
public enum PeriodKind {
    YEAR, QUARTER, MONTH, DAY
}
