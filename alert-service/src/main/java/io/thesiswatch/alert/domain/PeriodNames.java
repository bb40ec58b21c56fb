package io.thesiswatch.alert.domain;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodLabel;

/** How a person names a recorded period: "fiscal 2025 Q1", "calendar 2024", "2024-07". */
public final class PeriodNames {

    private PeriodNames() {
    }

    /**
     * The period's name on its basis; the bare label when the basis is not known (a record from before bases
     * were kept), null when there is no period.
     */
    public static String of(String period, Basis basis) {
        if (period == null) {
            return null;
        }
        PeriodLabel label;
        try {
            label = PeriodLabel.parse(period);
        } catch (IllegalArgumentException e) {
            return period;
        }
        return basis == null ? label.label() : label.describe(basis);
    }
}
