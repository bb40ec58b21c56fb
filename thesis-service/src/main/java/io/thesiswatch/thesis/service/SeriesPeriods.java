package io.thesiswatch.thesis.service;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;
import io.thesiswatch.thesis.domain.SeriesKey;

/**
 * What company-service says of one series' periods: the kinds its stored data has (none before its first value,
 * in {@link PeriodKind} order, longest first), the bases it can be read on and the one it is read on by default.
 */
public record SeriesPeriods(SeriesKey series, boolean group, Set<PeriodKind> kinds, Set<Basis> bases,
        Basis defaultBasis) {

    public SeriesPeriods {
        kinds = Collections.unmodifiableSet(enumSet(kinds, PeriodKind.class));
        bases = Collections.unmodifiableSet(enumSet(bases, Basis.class));
        if (defaultBasis == null) {
            defaultBasis = Basis.defaultFor(group);
        }
    }

    /** From the lists company-service answers, which may be absent. */
    static SeriesPeriods of(SeriesKey series, boolean group, Collection<PeriodKind> kinds, Collection<Basis> bases,
            Basis defaultBasis) {
        return new SeriesPeriods(series, group, enumSet(kinds, PeriodKind.class), enumSet(bases, Basis.class),
                defaultBasis);
    }

    /**
     * company-service answers every asked series whose subject and metric exist; one it did not answer (a
     * company-service from before periods were part of the lookup) is taken as a series without data.
     */
    static SeriesPeriods withoutAnswer(SeriesKey series, boolean group) {
        return new SeriesPeriods(series, group, Set.of(), EnumSet.allOf(Basis.class), Basis.defaultFor(group));
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return set;
    }
}
