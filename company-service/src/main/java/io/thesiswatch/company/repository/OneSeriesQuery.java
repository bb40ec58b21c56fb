package io.thesiswatch.company.repository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.thesiswatch.company.config.CompanyConfig;
import io.thesiswatch.company.domain.FiscalYearEnd;
import io.thesiswatch.company.domain.Temporal;
import io.thesiswatch.contract.PeriodLabel;
import io.thesiswatch.contract.Unit;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A company's series with its subject and metric in one statement: the read a chart or a mobile app makes most
 * (bench/RESULTS.md, 2a). It goes through the non-blocking PostgreSQL client, on the event loop that serves the
 * request: a blocking read costs a hand-over to a worker thread and back, 40% of its CPU. A group, or a code that
 * names nothing, is left to {@link CodeResolver} and {@link ObservationStore}, which tell which code is unknown and
 * read a group's members.
 */
@ApplicationScoped
public class OneSeriesQuery {

    /** A company's subject and metric, and the series' observations (none, if it has no data yet). */
    public record OneSeries(SubjectRef subject, MetricRef metric, List<StoredObservation> observations) {
    }

    private static final String SQL = """
            SELECT o.id, s.id, m.id, o.period, o.value, o.source, o.period_start, o.period_end, o.derived,
                   s.kind, s.fiscal_year_end, m.name, m.unit, m.additive, m.temporal
            FROM subject s
            JOIN metric m ON m.code = $1
            LEFT JOIN observation o ON o.subject_id = s.id AND o.metric_id = m.id
            WHERE s.code = $2
            """;

    private final Pool pool;
    private final Duration timeLimit;

    public OneSeriesQuery(Pool pool, CompanyConfig config) {
        this.pool = pool;
        this.timeLimit = config.series().readTimeLimit();
    }

    /**
     * The series of a company; empty when either code is unknown or the subject is a group. A failure to reach the
     * database, or to hear from it within the time limit, fails with the {@link java.sql.SQLException} JDBC would
     * have thrown (see {@link ReactiveSqlFailure}).
     */
    public Uni<Optional<OneSeries>> read(String subjectCode, String metricCode) {
        return pool.preparedQuery(SQL).execute(Tuple.of(metricCode, subjectCode))
                .ifNoItem().after(timeLimit).failWith(() -> new TimeoutException(
                        "The database did not answer within " + timeLimit.toMillis() + " ms"))
                .onFailure().transform(e -> new IllegalStateException("Could not read the series",
                        ReactiveSqlFailure.of(e)))
                .map(rows -> oneSeries(rows, subjectCode, metricCode));
    }

    private static Optional<OneSeries> oneSeries(RowSet<Row> rows, String subjectCode, String metricCode) {
        SubjectRef subject = null;
        MetricRef metric = null;
        List<StoredObservation> observations = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (subject == null) {
                if ("GROUP".equals(row.getString(9))) {
                    return Optional.empty();
                }
                subject = new SubjectRef(row.getLong(1), subjectCode, false,
                        FiscalYearEnd.parse(row.getString(10)), List.of(), Map.of());
                metric = new MetricRef(row.getLong(2), metricCode, row.getString(11),
                        Unit.valueOf(row.getString(12)), row.getBoolean(13), Temporal.valueOf(row.getString(14)));
            }
            if (row.getValue(0) != null) { // the observation's columns, in ObservationStore.stored's order
                observations.add(new StoredObservation(row.getLong(0), row.getLong(1), row.getLong(2),
                        PeriodLabel.parse(row.getString(3)), row.getBigDecimal(4), row.getString(5),
                        row.getLocalDate(6), row.getLocalDate(7), row.getBoolean(8)));
            }
        }
        return subject == null ? Optional.empty() : Optional.of(new OneSeries(subject, metric, observations));
    }
}
