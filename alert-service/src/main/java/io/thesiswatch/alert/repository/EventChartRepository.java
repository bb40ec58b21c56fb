package io.thesiswatch.alert.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The charts kept with events: read for a whole batch in one query, new ones written in one batch. */
@ApplicationScoped
public class EventChartRepository {

    private final DataSource dataSource;

    public EventChartRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The charts of these events that were drawn already, by event. */
    public Map<UUID, byte[]> byEvents(Collection<UUID> eventIds) {
        Map<UUID, byte[]> charts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return charts;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT event_id, png FROM alert_event_chart WHERE event_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", eventIds.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    charts.put(rows.getObject(1, UUID.class), rows.getBytes(2));
                }
            }
            return charts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read event charts", e);
        }
    }

    /** Keeps these charts; an event that got one meanwhile (another replica) keeps the one it has. */
    public void saveNew(Map<UUID, byte[]> charts) {
        if (charts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO alert_event_chart (event_id, png) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (Map.Entry<UUID, byte[]> chart : charts.entrySet()) {
                s.setObject(1, chart.getKey());
                s.setBytes(2, chart.getValue());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep event charts", e);
        }
    }
}
