package io.thesiswatch.contract;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a trigger compares its series with the threshold, and which way each operator fires. */
@Schema(description = "How a trigger compares its series with its threshold: GT, GTE, LT and LTE fire when the latest "
        + "forPeriods consecutive periods all meet the condition; CROSSES_ABOVE and CROSSES_BELOW fire "
        + "when the latest point crossed the threshold from the period just before it.")
public enum Operator {
    GT, GTE, LT, LTE, CROSSES_ABOVE, CROSSES_BELOW;

    /** Crossings compare the latest point with the one before it; the others look at the latest points. */
    public boolean isCrossing() {
        return this == CROSSES_ABOVE || this == CROSSES_BELOW;
    }

    /** Whether the trigger fires when the value rises (and so clears when it falls back). */
    public boolean firesUpward() {
        return this == GT || this == GTE || this == CROSSES_ABOVE;
    }

    /** Whether a value meets the condition (for a crossing: is on the far side of the threshold). */
    public boolean meets(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GT, CROSSES_ABOVE -> c > 0;
            case GTE -> c >= 0;
            case LT, CROSSES_BELOW -> c < 0;
            case LTE -> c <= 0;
        };
    }

    /** Whether the value moved from the safe side to the far side of the threshold. */
    public boolean crossed(BigDecimal previous, BigDecimal latest, BigDecimal threshold) {
        return !meets(previous, threshold) && meets(latest, threshold);
    }

    /**
     * Whether a firing trigger is back on the safe side: past {@code clearThreshold} when there is one,
     * otherwise no longer meeting the condition.
     */
    public boolean clears(BigDecimal latest, BigDecimal threshold, BigDecimal clearThreshold) {
        if (clearThreshold == null) {
            return !meets(latest, threshold);
        }
        return firesUpward() ? latest.compareTo(clearThreshold) < 0 : latest.compareTo(clearThreshold) > 0;
    }
}
