package io.thesiswatch.company.repository;

import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.contract.PeriodLabel;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.company.domain.RecordedValue;
import io.thesiswatch.company.domain.UpsertCounts;

/**
 * Observations and their history, written and read with set-based SQL: a batch of any size costs a
 * fixed number of round trips. Callers run inside a transaction (the connection joins it).
 */
@ApplicationScoped
public class ObservationStore {

    /** Serialises observation writers so that two batches never race to insert the same key. */
    private static final long WRITE_LOCK_KEY = 0x7e515_0b5L;

    private final DataSource dataSource;

    public ObservationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts new observations and restates changed ones, keeping their previous values in the history. */
    public UpsertCounts upsert(List<NewObservation> rows) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, WRITE_LOCK_KEY);
                lock.execute();
            }
            // insert first: new rows (the common case when loading data) cost no look-up
            Set<ObservationKey> inserted = insertNew(c, rows);
            List<NewObservation> others = rows.stream().filter(r -> !inserted.contains(r.key())).toList();
            Map<ObservationKey, StoredObservation> existing = others.isEmpty() ? Map.of() : existing(c, others);
            List<Long> updateIds = new ArrayList<>();
            List<NewObservation> updates = new ArrayList<>();
            for (NewObservation row : others) {
                StoredObservation stored = existing.get(row.key());
                if (stored.value().compareTo(row.value()) != 0 || !Objects.equals(stored.source(), row.source())
                    || !Objects.equals(stored.end(), row.end()) || stored.derived() != row.derived()) {
                    updateIds.add(stored.id());
                    updates.add(row);
                }
            }
            update(c, updateIds, updates);
            return new UpsertCounts(inserted.size(), updates.size(), rows.size() - inserted.size() - updates.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store observations", e);
        }
    }

    private static Map<ObservationKey, StoredObservation> existing(Connection c, List<NewObservation> rows)
            throws SQLException {
        Map<ObservationKey, StoredObservation> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT o.id, o.subject_id, o.metric_id, o.period, o.value, o.source, o.period_start, o.period_end,
                       o.derived
                FROM observation o
                JOIN unnest(?::bigint[], ?::bigint[], ?::text[]) AS k(subject_id, metric_id, period)
                  ON o.subject_id = k.subject_id AND o.metric_id = k.metric_id AND o.period = k.period
                """)) {
            s.setArray(1, Jdbc.bigints(c, rows.stream().map(NewObservation::subjectId).toList()));
            s.setArray(2, Jdbc.bigints(c, rows.stream().map(NewObservation::metricId).toList()));
            s.setArray(3, Jdbc.texts(c, rows.stream().map(NewObservation::period).toList()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    StoredObservation o = stored(rs);
                    found.put(new ObservationKey(o.subjectId(), o.metricId(), o.period().label()), o);
                }
            }
        }
        return found;
    }

    /** Inserts the rows whose key is new, answering their keys. */
    private static Set<ObservationKey> insertNew(Connection c, List<NewObservation> rows) throws SQLException {
        Set<ObservationKey> inserted = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO observation (subject_id, metric_id, period, period_kind, value, source, period_start,
                                         period_end, derived, recorded_at)
                SELECT subject_id, metric_id, period, period_kind, value, source, period_start, period_end, derived, now()
                FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::date[],
                            ?::date[], ?::boolean[])
                  AS r(subject_id, metric_id, period, period_kind, value, source, period_start, period_end, derived)
                ON CONFLICT (subject_id, metric_id, period) DO NOTHING
                RETURNING subject_id, metric_id, period
                """)) {
            s.setArray(1, Jdbc.bigints(c, rows.stream().map(NewObservation::subjectId).toList()));
            s.setArray(2, Jdbc.bigints(c, rows.stream().map(NewObservation::metricId).toList()));
            s.setArray(3, Jdbc.texts(c, rows.stream().map(NewObservation::period).toList()));
            s.setArray(4, Jdbc.texts(c, rows.stream().map(r -> r.kind().name()).toList()));
            s.setArray(5, Jdbc.numerics(c, rows.stream().map(NewObservation::value).toList()));
            s.setArray(6, Jdbc.texts(c, rows.stream().map(NewObservation::source).toList()));
            s.setArray(7, Jdbc.dates(c, rows.stream().map(NewObservation::start).toList()));
            s.setArray(8, Jdbc.dates(c, rows.stream().map(NewObservation::end).toList()));
            s.setArray(9, Jdbc.booleans(c, rows.stream().map(NewObservation::derived).toList()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inserted.add(new ObservationKey(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return inserted;
    }

    private static void update(Connection c, List<Long> ids, List<NewObservation> rows) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement history = c.prepareStatement("""
                INSERT INTO observation_history (observation_id, value, source, recorded_at, superseded_at)
                SELECT id, value, source, recorded_at, now() FROM observation WHERE id = ANY (?)
                """)) {
            history.setArray(1, Jdbc.bigints(c, ids));
            history.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE observation o SET value = u.value, source = u.source, period_start = u.period_start,
                  period_end = u.period_end, derived = u.derived, recorded_at = now()
                FROM unnest(?::bigint[], ?::numeric[], ?::text[], ?::date[], ?::date[], ?::boolean[])
                  AS u(id, value, source, period_start, period_end, derived)
                WHERE o.id = u.id
                """)) {
            s.setArray(1, Jdbc.bigints(c, ids));
            s.setArray(2, Jdbc.numerics(c, rows.stream().map(NewObservation::value).toList()));
            s.setArray(3, Jdbc.texts(c, rows.stream().map(NewObservation::source).toList()));
            s.setArray(4, Jdbc.dates(c, rows.stream().map(NewObservation::start).toList()));
            s.setArray(5, Jdbc.dates(c, rows.stream().map(NewObservation::end).toList()));
            s.setArray(6, Jdbc.booleans(c, rows.stream().map(NewObservation::derived).toList()));
            s.executeUpdate();
        }
    }

    /** The observations of many series in one query, grouped by series (unsorted). */
    public Map<SeriesKey, List<StoredObservation>> series(Collection<SeriesKey> keys) {
        Map<SeriesKey, List<StoredObservation>> found = new HashMap<>();
        forEachOfSeries(keys, """
                SELECT o.id, o.subject_id, o.metric_id, o.period, o.value, o.source, o.period_start, o.period_end,
                       o.derived
                """, rs -> addBySeries(found, stored(rs)));
        return found;
    }

    /**
     * The latest observations of each series, at most {@code rows} of them, newest period label first (labels
     * compare byte by byte, so those of one kind sort in time order), with whether older ones were left out, and
     * for the series in {@code kindsOf}, the kinds of period of all their observations. Series without data are
     * left out.
     */
    public Map<SeriesKey, RecentObservations> latest(Map<SeriesKey, Integer> rows, Set<SeriesKey> kindsOf) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<SeriesKey, List<StoredObservation>> read = new HashMap<>();
        List<SeriesKey> keys = List.copyOf(rows.keySet());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT o.id, o.subject_id, o.metric_id, o.period, o.value, o.source, o.period_start,
                               o.period_end, o.derived
                        FROM unnest(?::bigint[], ?::bigint[], ?::int[]) AS k(subject_id, metric_id, rows)
                        JOIN LATERAL (
                          SELECT * FROM observation
                          WHERE subject_id = k.subject_id AND metric_id = k.metric_id
                          ORDER BY period DESC LIMIT k.rows + 1
                        ) o ON true
                        """)) {
            setSeriesKeys(c, s, keys);
            s.setArray(3, Jdbc.ints(c, keys.stream().map(rows::get).toList()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    addBySeries(read, stored(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read series", e);
        }
        Map<SeriesKey, Set<PeriodKind>> kinds = kinds(kindsOf);
        Map<SeriesKey, RecentObservations> found = new HashMap<>();
        read.forEach((key, observations) -> {
            // one row more than asked says that older ones exist
            boolean partial = observations.size() > rows.get(key);
            found.put(key, new RecentObservations(partial ? observations.subList(0, rows.get(key)) : observations,
                    partial, kindsOf.contains(key) ? kinds.get(key) : null));
        });
        return found;
    }

    /** The kinds of period each of these series has data for (series without data are left out). */
    public Map<SeriesKey, Set<PeriodKind>> kinds(Collection<SeriesKey> keys) {
        Map<SeriesKey, Set<PeriodKind>> found = new HashMap<>();
        forEachOfSeries(keys, "SELECT DISTINCT o.subject_id, o.metric_id, o.period_kind",
                rs -> found.computeIfAbsent(new SeriesKey(rs.getLong(1), rs.getLong(2)),
                        k -> EnumSet.noneOf(PeriodKind.class)).add(PeriodKind.valueOf(rs.getString(3))));
        return found;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code select} over the observations of many series in one query, a row at a time. */
    private void forEachOfSeries(Collection<SeriesKey> keys, String select, RowReader reader) {
        if (keys.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(select + """
                         FROM observation o
                        JOIN unnest(?::bigint[], ?::bigint[]) AS k(subject_id, metric_id)
                          ON o.subject_id = k.subject_id AND o.metric_id = k.metric_id
                        """)) {
            setSeriesKeys(c, s, keys);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read series", e);
        }
    }

    /** Binds the subject ids and metric ids of these series as the statement's first two arrays. */
    private static void setSeriesKeys(Connection c, PreparedStatement s, Collection<SeriesKey> keys)
            throws SQLException {
        s.setArray(1, Jdbc.bigints(c, keys.stream().map(SeriesKey::subjectId).toList()));
        s.setArray(2, Jdbc.bigints(c, keys.stream().map(SeriesKey::metricId).toList()));
    }

    private static void addBySeries(Map<SeriesKey, List<StoredObservation>> bySeries, StoredObservation o) {
        bySeries.computeIfAbsent(new SeriesKey(o.subjectId(), o.metricId()), k -> new ArrayList<>()).add(o);
    }

    static StoredObservation stored(ResultSet rs) throws SQLException {
        Date start = rs.getDate(7);
        Date end = rs.getDate(8);
        return new StoredObservation(rs.getLong(1), rs.getLong(2), rs.getLong(3), PeriodLabel.parse(rs.getString(4)),
                rs.getBigDecimal(5), rs.getString(6), start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(), rs.getBoolean(9));
    }

    /** Every value of one observation, newest first; empty when there is no such observation. */
    public Optional<List<RecordedValue>> history(long subjectId, long metricId, String period) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT value, source, recorded_at, NULL::timestamptz AS superseded_at, true AS current
                        FROM observation WHERE subject_id = ? AND metric_id = ? AND period = ?
                        UNION ALL
                        SELECT h.value, h.source, h.recorded_at, h.superseded_at, false
                        FROM observation_history h JOIN observation o ON o.id = h.observation_id
                        WHERE o.subject_id = ? AND o.metric_id = ? AND o.period = ?
                        ORDER BY current DESC, superseded_at DESC
                        """)) {
            for (int i = 0; i < 2; i++) {
                s.setLong(3 * i + 1, subjectId);
                s.setLong(3 * i + 2, metricId);
                s.setString(3 * i + 3, period);
            }
            List<RecordedValue> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp superseded = rs.getTimestamp(4);
                    entries.add(new RecordedValue(rs.getBigDecimal(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            superseded == null ? null : superseded.toInstant(), rs.getBoolean(5)));
                }
            }
            return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read observation history", e);
        }
    }

    public long countForSubject(long subjectId) {
        return count("SELECT count(*) FROM observation WHERE subject_id = ?", subjectId);
    }

    private long count(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count observations", e);
        }
    }

}
