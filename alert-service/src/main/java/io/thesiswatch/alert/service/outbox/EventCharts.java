package io.thesiswatch.alert.service.outbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.thesiswatch.alert.domain.AlertEvent;
import io.thesiswatch.alert.mail.EventChart;
import io.thesiswatch.alert.repository.EventChartRepository;
import org.jboss.logging.Logger;

/**
 * The charts of the events a batch of emails is about: those drawn already are read, the others drawn from the
 * event's own points (outside any transaction) and kept, so an event is drawn once however many people it goes
 * to. An event whose chart cannot be drawn goes out without one.
 */
@ApplicationScoped
public class EventCharts {

    private static final Logger LOG = Logger.getLogger(EventCharts.class);

    private final EventChartRepository charts;

    public EventCharts(EventChartRepository charts) {
        this.charts = charts;
    }

    public Map<UUID, byte[]> of(Collection<AlertEvent> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        Map<UUID, byte[]> found = QuarkusTransaction.requiringNew()
                .call(() -> charts.byEvents(events.stream().map(e -> e.id).toList()));
        Map<UUID, byte[]> drawn = new HashMap<>();
        for (AlertEvent event : events) {
            if (!found.containsKey(event.id)) {
                draw(event).ifPresent(png -> drawn.put(event.id, png));
            }
        }
        if (!drawn.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> charts.saveNew(drawn));
        }
        Map<UUID, byte[]> all = new HashMap<>(found);
        all.putAll(drawn);
        return all;
    }

    private static Optional<byte[]> draw(AlertEvent event) {
        try {
            return Optional.of(EventChart.png(event));
        } catch (RuntimeException e) {
            LOG.warnf("The chart of event %s could not be drawn; its emails go out without one: %s", event.id, e);
            return Optional.empty();
        }
    }
}
