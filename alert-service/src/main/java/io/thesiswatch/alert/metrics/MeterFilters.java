package io.thesiswatch.alert.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;

/** Adjustments to the meters that Quarkus registers for this service. */
@Singleton
public class MeterFilters {

    /** The prefix of the meters Quarkus keeps per REST client (thesis-service, company-service). */
    private static final String REST_CLIENT_METERS = "http.client.";

    /**
     * Quarkus 3.33 registers the gauges of each REST client (queue size, pending requests, open connections) twice
     * on the client's first call, and Micrometer warns "This Gauge has been already registered" at the first check
     * (quarkus#54482, fixed in 3.37): the gauge kept reads the first registration's counter, not necessarily the
     * one that counts. They are left out until the upgrade; the clients' request timers stay.
     */
    @Produces
    @Singleton
    MeterFilter withoutRestClientGauges() {
        return MeterFilter.deny(id -> id.getType() == Meter.Type.GAUGE && id.getName().startsWith(REST_CLIENT_METERS));
    }
}
