package io.thesiswatch.charts;

import java.awt.Color;

/** The colours of a chart: light for emails and light screens, dark for dark screens. */
public enum ChartTheme {
    LIGHT(Color.WHITE, new Color(0x1f2933), new Color(0x616e7c), new Color(0xe4e7eb), new Color(0x175cd3),
            new Color(0xb42318), new Color(0x067647)),
    DARK(new Color(0x111827), new Color(0xf3f4f6), new Color(0x9ca3af), new Color(0x374151), new Color(0x60a5fa),
            new Color(0xf87171), new Color(0x34d399));

    final Color background;
    final Color text;
    final Color mutedText;
    final Color grid;
    final Color series;
    final Color threshold;
    final Color clearThreshold;

    ChartTheme(Color background, Color text, Color mutedText, Color grid, Color series, Color threshold,
            Color clearThreshold) {
        this.background = background;
        this.text = text;
        this.mutedText = mutedText;
        this.grid = grid;
        this.series = series;
        this.threshold = threshold;
        this.clearThreshold = clearThreshold;
    }
}
