package io.thesiswatch.alert.mail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the emails show them, the same in every language. */
final class Figures {

    private Figures() {
    }

    /** A value of the series: percentages to one decimal place ("5.0%"), other units grouped ("USD 1,234.5"). */
    static String measured(BigDecimal value, String unit) {
        return format(value, unit, true);
    }

    /** A threshold as exact as it was set ("10%"). */
    static String threshold(BigDecimal value, String unit) {
        return format(value, unit, false);
    }

    private static String format(BigDecimal value, String unit, boolean measured) {
        if (value == null) {
            return "";
        }
        if ("PERCENT".equals(unit)) {
            BigDecimal shown = measured ? value.setScale(1, RoundingMode.HALF_UP) : value.stripTrailingZeros();
            return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString() + "%";
        }
        DecimalFormat grouped = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        grouped.setRoundingMode(RoundingMode.HALF_UP);
        String text = grouped.format(value);
        return "USD".equals(unit) ? "USD " + text : text;
    }
}
