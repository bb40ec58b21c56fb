package io.thesiswatch.thesis.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.thesiswatch.common.paging.PageResult;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.thesis.domain.RiskTrigger;
import io.thesiswatch.thesis.domain.SeriesKey;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class TriggerRepository implements PanacheRepositoryBase<RiskTrigger, UUID> {

    public List<RiskTrigger> ofThesis(UUID thesisId) {
        return list("select t from RiskTrigger t join fetch t.thesis where t.thesis.id = ?1 order by t.createdAt, t.id",
                thesisId);
    }

    public Optional<RiskTrigger> findInThesis(UUID thesisId, UUID triggerId) {
        return find("select t from RiskTrigger t join fetch t.thesis where t.id = ?1 and t.thesis.id = ?2",
                triggerId, thesisId).firstResultOptional();
    }

    /**
     * Triggers across theses in a stable order (by id), each with its thesis, in one query per page.
     * {@code enabled = true} means enabled and not snoozed at {@code now}; {@code false} the others;
     * {@code null} all. With {@code includeSnoozed}, snoozing does not count: {@code enabled} is the flag alone.
     */
    public PageResult<RiskTrigger> page(Boolean enabled, boolean includeSnoozed, IdRange range, Instant now, int page,
            int size) {
        String where = enabledWhere(enabled, includeSnoozed)
                + (range.after() == null ? "" : " and t.id > :after")
                + (range.through() == null ? "" : " and t.id <= :through");
        boolean usesNow = where.contains(":now");
        TypedQuery<RiskTrigger> items = getEntityManager()
                .createQuery("select t from RiskTrigger t join fetch t.thesis where " + where + " order by t.id",
                        RiskTrigger.class)
                // answered and forgotten: no snapshot to compare at commit for a page of up to 1,000 triggers
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setFirstResult(page * size)
                .setMaxResults(size);
        TypedQuery<Long> total = getEntityManager()
                .createQuery("select count(t) from RiskTrigger t where " + where, Long.class);
        for (TypedQuery<?> query : List.of(items, total)) {
            if (usesNow) {
                query.setParameter("now", now);
            }
            if (range.after() != null) {
                query.setParameter("after", range.after());
            }
            if (range.through() != null) {
                query.setParameter("through", range.through());
            }
        }
        return new PageResult<>(items.getResultList(), page, size, total.getSingleResult());
    }

    /** Ids bounding a part of the feed: after one id (exclusive) and through another (inclusive); null: open. */
    public record IdRange(UUID after, UUID through) {

        public static final IdRange ALL = new IdRange(null, null);
    }

    /**
     * The ids that cut the feed, in its order (by id), into parts of {@code size} triggers: the id of every
     * {@code size}-th trigger but the last one. One scan of the triggers, whatever their number.
     */
    public List<UUID> boundaries(boolean includeSnoozed, Instant now, int size) {
        String enabled = includeSnoozed ? "t.enabled"
                : "t.enabled AND (t.snoozed_until IS NULL OR t.snoozed_until <= :now)";
        var query = getEntityManager().createNativeQuery("""
                        SELECT id FROM (
                          SELECT t.id, row_number() OVER (ORDER BY t.id) AS position, count(*) OVER () AS triggers
                          FROM risk_trigger t WHERE %s) numbered
                        WHERE position %% :size = 0 AND position < triggers ORDER BY id""".formatted(enabled),
                        UUID.class)
                .setParameter("size", size);
        if (!includeSnoozed) {
            query.setParameter("now", now);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    private static String enabledWhere(Boolean enabled, boolean includeSnoozed) {
        return enabled == null ? "1 = 1"
                : includeSnoozed ? "t.enabled = " + enabled
                : enabled ? "t.enabled = true and (t.snoozedUntil is null or t.snoozedUntil <= :now)"
                : "(t.enabled = false or t.snoozedUntil > :now)";
    }

    /** The series of triggers still without a kind or a basis (from before they existed), each once. */
    public List<SeriesKey> seriesWithoutPeriods() {
        return getEntityManager().createQuery("select distinct new io.thesiswatch.thesis.domain.SeriesKey(t.subject, "
                + "t.metric) from RiskTrigger t where t.kind is null or t.basis is null order by t.subject, t.metric",
                SeriesKey.class).getResultList();
    }

    public long countWithoutPeriods() {
        return count("kind is null or basis is null");
    }

    /**
     * Fills the kind and basis of the series' triggers where they are missing ({@code kind} null leaves it
     * missing), without bumping their version: nobody changed what the trigger means.
     */
    public int fillMissingPeriods(SeriesKey series, PeriodKind kind, Basis basis) {
        return getEntityManager().createQuery("update RiskTrigger t set t.kind = coalesce(t.kind, :kind), "
                + "t.basis = coalesce(t.basis, :basis) where t.subject = :subject and t.metric = :metric "
                + "and (t.kind is null or t.basis is null)")
                .setParameter("kind", kind)
                .setParameter("basis", basis)
                .setParameter("subject", series.subject())
                .setParameter("metric", series.metric())
                .executeUpdate();
    }
}
