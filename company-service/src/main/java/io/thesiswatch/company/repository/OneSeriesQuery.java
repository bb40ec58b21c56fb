package io.thesiswatch.company.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.thesiswatch.company.domain.FiscalYearEnd;
import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.contract.Unit;

/**
 * A company's series with its subject and metric in one statement: the read a chart or a mobile app makes most
 * (bench/RESULTS.md, 2a). A group, or a code that names nothing, is left to {@link CodeResolver} and
 * {@link ObservationStore}, which tell which code is unknown and read a group's members.
 */
@ApplicationScoped
public class OneSeriesQuery {

    /** A company's subject and metric, and the series' observations (none, if it has no data yet). */
    public record OneSeries(SubjectRef subject, MetricRef metric, List<StoredObservation> observations) {
    }

    private final DataSource dataSource;

    public OneSeriesQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The series of a company; empty when either code is unknown or the subject is a group. */
    public Optional<OneSeries> read(String subjectCode, String metricCode) {
        // the observation's columns come first, where ObservationStore.stored reads them
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT o.id, s.id, m.id, o.period, o.value, o.source, o.period_start, o.period_end, o.derived,
                               s.kind, s.fiscal_year_end, m.name, m.unit, m.additive, m.temporal
                        FROM subject s
                        JOIN metric m ON m.code = ?
                        LEFT JOIN observation o ON o.subject_id = s.id AND o.metric_id = m.id
                        WHERE s.code = ?
                        """)) {
            s.setString(1, metricCode);
            s.setString(2, subjectCode);
            SubjectRef subject = null;
            MetricRef metric = null;
            List<StoredObservation> observations = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (subject == null) {
                        if ("GROUP".equals(rs.getString(10))) {
                            return Optional.empty();
                        }
                        subject = new SubjectRef(rs.getLong(2), subjectCode, false,
                                FiscalYearEnd.parse(rs.getString(11)), List.of(), Map.of());
                        metric = new MetricRef(rs.getLong(3), metricCode, rs.getString(12),
                                Unit.valueOf(rs.getString(13)), rs.getBoolean(14), Temporal.valueOf(rs.getString(15)));
                    }
                    rs.getLong(1);
                    if (!rs.wasNull()) {
                        observations.add(ObservationStore.stored(rs));
                    }
                }
            }
            return subject == null ? Optional.empty() : Optional.of(new OneSeries(subject, metric, observations));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the series", e);
        }
    }
}
