package io.thesiswatch.alert.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.alert.domain.TriggerCondition;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

/**
 * Writes the states of a whole batch of triggers in one statement: every check touches every trigger's
 * state, so one round trip per trigger would be most of a check's time (bench/RESULTS.md). Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class TriggerStateWriter {

    /** A state to write; a null period keeps the stored period with its kind and basis, a null value the stored one. */
    public record Row(UUID triggerId, UUID thesisId, TriggerCondition state, boolean firing, BigDecimal lastValue,
            String lastPeriod, PeriodKind lastPeriodKind, Basis lastPeriodBasis, Instant since, Instant checkedAt,
            String error) {
    }

    private final DataSource dataSource;

    public TriggerStateWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void upsert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        INSERT INTO trigger_state (trigger_id, thesis_id, state, firing, last_value, last_period,
                                                   last_period_kind, last_period_basis, since, last_checked_at, error)
                        SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::boolean[], ?::numeric[],
                                             ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[],
                                             ?::timestamptz[], ?::varchar[])
                        ON CONFLICT (trigger_id) DO UPDATE SET
                          thesis_id = EXCLUDED.thesis_id, state = EXCLUDED.state, firing = EXCLUDED.firing,
                          last_value = COALESCE(EXCLUDED.last_value, trigger_state.last_value),
                          last_period = COALESCE(EXCLUDED.last_period, trigger_state.last_period),
                          last_period_kind = CASE WHEN EXCLUDED.last_period IS NULL
                                                  THEN trigger_state.last_period_kind
                                                  ELSE EXCLUDED.last_period_kind END,
                          last_period_basis = CASE WHEN EXCLUDED.last_period IS NULL
                                                   THEN trigger_state.last_period_basis
                                                   ELSE EXCLUDED.last_period_basis END,
                          since = EXCLUDED.since, last_checked_at = EXCLUDED.last_checked_at, error = EXCLUDED.error
                        """)) {
            s.setArray(1, c.createArrayOf("uuid", rows.stream().map(Row::triggerId).toArray()));
            s.setArray(2, c.createArrayOf("uuid", rows.stream().map(Row::thesisId).toArray()));
            s.setArray(3, c.createArrayOf("varchar", rows.stream().map(r -> r.state().name()).toArray()));
            s.setArray(4, c.createArrayOf("boolean", rows.stream().map(Row::firing).toArray()));
            s.setArray(5, c.createArrayOf("numeric", rows.stream().map(Row::lastValue).toArray()));
            s.setArray(6, c.createArrayOf("varchar", rows.stream().map(Row::lastPeriod).toArray()));
            s.setArray(7, c.createArrayOf("varchar", rows.stream().map(r -> name(r.lastPeriodKind())).toArray()));
            s.setArray(8, c.createArrayOf("varchar", rows.stream().map(r -> name(r.lastPeriodBasis())).toArray()));
            s.setArray(9, c.createArrayOf("timestamptz", rows.stream().map(r -> Timestamp.from(r.since())).toArray()));
            s.setArray(10, c.createArrayOf("timestamptz",
                    rows.stream().map(r -> Timestamp.from(r.checkedAt())).toArray()));
            s.setArray(11, c.createArrayOf("varchar", rows.stream().map(Row::error).toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write trigger states", e);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
