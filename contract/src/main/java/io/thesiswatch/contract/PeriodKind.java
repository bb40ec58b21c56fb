package io.thesiswatch.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The length of a series' periods. A series is always of one kind. */
@Schema(description = "The kind of period of a series and of a trigger: YEAR, QUARTER, MONTH or DAY. A series holds "
        + "one kind; a trigger watches one kind, which never changes.")
public enum PeriodKind {
    YEAR, QUARTER, MONTH, DAY
}
