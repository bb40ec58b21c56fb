package io.thesiswatch.charts;

import java.util.Locale;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.Transform;

/**
 * A chart's title and subtitle in codes and plain English words ("NVDA CAPEX YoY %", "Yearly, fiscal basis"):
 * drawn text stays ASCII, so it renders with any font the machine has.
 */
public final class ChartTitles {

    private ChartTitles() {
    }

    /** What the series is: subject, metric and, for a percent change, which one. */
    public static String title(String subject, String metric, Transform transform, Integer window) {
        String series = subject + " " + metric;
        return switch (Transform.orDefault(transform)) {
            case VALUE -> series;
            case YOY_PCT -> series + " YoY %";
            case POP_PCT -> series + " vs prior period %";
            case CHANGE_PCT -> series + " change over " + window + " periods %";
        };
    }

    /** Which periods, on which basis; the basis alone when the series has no points yet. */
    public static String subtitle(PeriodKind kind, Basis basis) {
        String onBasis = basis == null ? "" : basis.name().toLowerCase(Locale.ROOT) + " basis";
        if (kind == null) {
            return capitalized(onBasis);
        }
        String periods = switch (kind) {
            case YEAR -> "Yearly";
            case QUARTER -> "Quarterly";
            case MONTH -> "Monthly";
            case DAY -> "Daily";
        };
        return onBasis.isEmpty() ? periods : periods + ", " + onBasis;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
