package io.thesiswatch.company;

import io.thesiswatch.testsupport.JsonBody;

/** A metric request: {@code aMetric("CAPEX").name("Capital expenditure").unit("USD").additive(true).build()}. */
public final class MetricBody extends JsonBody<MetricBody> {

    private MetricBody() {
    }

    public static MetricBody aMetric(String code) {
        return new MetricBody().set("code", code);
    }

    public MetricBody name(String name) {
        return set("name", name);
    }

    public MetricBody unit(String unit) {
        return set("unit", unit);
    }

    public MetricBody temporal(String temporal) {
        return set("temporal", temporal);
    }

    public MetricBody additive(boolean additive) {
        return set("additive", additive);
    }
}
