package io.thesiswatch.company;

import io.thesiswatch.testsupport.JsonBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch series query: {@code aSeriesQuery().ask(series(s, m).transform("YOY_PCT")).last(1).build()}.
 * {@link Spec} is one series asked.
 */
public final class SeriesQueryBody extends JsonBody<SeriesQueryBody> {

    private final List<Map<String, Object>> series = new ArrayList<>();

    private SeriesQueryBody() {
        set("series", series);
    }

    public static SeriesQueryBody aSeriesQuery() {
        return new SeriesQueryBody();
    }

    public static Spec series(String subject, String metric) {
        return new Spec(subject, metric);
    }

    /** An expression over series instead of a subject and a metric. */
    public static Spec expression(String expression) {
        return new Spec(expression);
    }

    public SeriesQueryBody ask(Spec spec) {
        series.add(spec.build());
        return this;
    }

    public SeriesQueryBody last(int points) {
        return set("last", points);
    }

    public static final class Spec extends JsonBody<Spec> {

        private Spec(String expression) {
            set("expression", expression);
        }

        private Spec(String subject, String metric) {
            set("subject", subject);
            set("metric", metric);
        }

        public Spec transform(String transform) {
            return set("transform", transform);
        }

        public Spec window(Integer periods) {
            return set("window", periods);
        }

        public Spec kind(String kind) {
            return set("kind", kind);
        }

        public Spec basis(String basis) {
            return set("basis", basis);
        }

        public Spec unit(String unit) {
            return set("unit", unit);
        }
    }
}
