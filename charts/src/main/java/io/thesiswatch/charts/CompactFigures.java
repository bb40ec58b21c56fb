package io.thesiswatch.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as short as a chart's axis needs them: US dollars scaled with a suffix ("$212B", "$1.2T"), percentages
 * with a percent sign ("21%", "5.5%"), counts scaled ("1.3B"), anything else plain. One decimal below ten of the
 * scale, none above; the sign stays in front ("-$3.5B", "-4%").
 */
public final class CompactFigures {

    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};

    private CompactFigures() {
    }

    public static String format(double value, String unit) {
        String sign = value < 0 ? "-" : "";
        double magnitude = Math.abs(value);
        if ("PERCENT".equals(unit)) {
            return sign + digits(magnitude) + "%";
        }
        if ("USD".equals(unit) || "COUNT".equals(unit) || "FLOP".equals(unit)) {
            int scale = 0;
            while (scale < SUFFIXES.length - 1 && magnitude >= 1000) {
                magnitude /= 1000;
                scale++;
            }
            String number = digits(magnitude) + SUFFIXES[scale];
            return sign + ("USD".equals(unit) ? "$" + number : number);
        }
        if ("USD_PER_MTOK".equals(unit)) {
            return sign + "$" + digits(magnitude);
        }
        return sign + BigDecimal.valueOf(magnitude).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String digits(double magnitude) {
        int decimals = magnitude != 0 && magnitude < 10 ? 1 : 0;
        BigDecimal rounded = BigDecimal.valueOf(magnitude).setScale(decimals, RoundingMode.HALF_UP);
        if (decimals == 1 && rounded.remainder(BigDecimal.ONE).signum() == 0) {
            rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        }
        return rounded.toPlainString();
    }
}
