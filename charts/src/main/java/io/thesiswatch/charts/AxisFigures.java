package io.thesiswatch.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** The value axis' tick labels in {@link CompactFigures}. */
final class AxisFigures extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final String unit;

    AxisFigures(String unit) {
        this.unit = unit;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(CompactFigures.format(number, unit));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("Axis labels are not read back");
    }
}
