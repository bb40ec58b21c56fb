package io.thesiswatch.company.domain;

import io.thesiswatch.contract.Unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a metric adds up over time: a {@code FLOW} (capex, revenue) accrues over its period, so a year is the
 * sum of its quarters; a {@code STOCK} (users, developers, a share) is a level, never summed over time.
 * Separate from {@code additive}, which says whether group members add up.
 */
@Schema(name = "Temporal", description = "How a metric adds up over time: FLOW (a year is the sum of its quarters) "
        + "or STOCK (a level, never summed over time)")
public enum Temporal {
    FLOW, STOCK;

    /** A metric that does not say: money over a period (USD) flows, every other unit is a level. */
    public static Temporal defaultFor(Unit unit) {
        return unit == Unit.USD ? FLOW : STOCK;
    }
}
