package io.thesiswatch.alert.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.thesiswatch.alert.client.CompanyApi.Point;

/** The few latest points an event keeps for its email, stored as {@code period=value;period=value}. */
public final class RecentPoints {

    private RecentPoints() {
    }

    public static String format(List<Point> points) {
        return points.stream().map(p -> p.period() + "=" + p.value().toPlainString()).collect(Collectors.joining(";"));
    }

    public static List<Point> parse(String text) {
        List<Point> points = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return points;
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            points.add(new Point(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1))));
        }
        return points;
    }
}
