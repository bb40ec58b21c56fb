package io.thesiswatch.thesis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/** Trigger rows as the database held them before triggers had a kind and a basis. */
final class TriggerRows {

    private TriggerRows() {
    }

    /** Makes these triggers look as they did right after the migration that added kind and basis. */
    static void forgetPeriods(String... triggerIds) {
        try (Connection db = database().getConnection();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE risk_trigger SET kind = NULL, basis = NULL WHERE id = ?")) {
            for (String id : triggerIds) {
                update.setObject(1, UUID.fromString(id));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds {@code count} triggers from before kinds existed to the thesis, each on its own series (subjects
     * {@code prefix1}, {@code prefix2}, ..., metric CAPEX).
     */
    static void insertWithoutPeriods(String thesisId, String prefix, int count) {
        try (Connection db = database().getConnection();
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO risk_trigger (id, thesis_id, name, subject, metric, transform, operator,
                          threshold, for_periods, severity, enabled, version, created_at, updated_at)
                        SELECT gen_random_uuid(), ?, 'Old trigger ' || n, ? || n, 'CAPEX', 'VALUE', 'GT',
                          1, 1, 'WARNING', true, 0, now(), now()
                        FROM generate_series(1, ?) AS n""")) {
            insert.setObject(1, UUID.fromString(thesisId));
            insert.setString(2, prefix);
            insert.setInt(3, count);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource database() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}
