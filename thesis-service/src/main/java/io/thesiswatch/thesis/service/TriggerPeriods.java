package io.thesiswatch.thesis.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.thesiswatch.common.problem.InvalidInputException;
import io.thesiswatch.common.problem.Violation;
import io.thesiswatch.contract.Basis;
import io.thesiswatch.contract.PeriodKind;

/** Which kind of period a trigger watches and on which basis, from what its series has. */
final class TriggerPeriods {

    static final String KIND_FIELD = "series.kind";
    static final String BASIS_FIELD = "series.basis";

    private TriggerPeriods() {
    }

    record Choice(PeriodKind kind, Basis basis) {
    }

    /**
     * A new trigger's kind is the one asked for (its data may come later), else the only kind the series has;
     * its basis is the one asked for, when the series can be read on it, else the series' default.
     */
    static Choice forNewTrigger(SeriesPeriods series, PeriodKind kind, Basis basis) {
        List<Violation> problems = new ArrayList<>();
        PeriodKind chosenKind = kind != null ? kind : onlyKind(series).orElse(null);
        if (chosenKind == null) {
            problems.add(Violation.of(KIND_FIELD, kindRequired(series)));
        }
        basisProblem(series, basis).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The trigger's period does not fit " + name(series), problems);
        }
        return new Choice(chosenKind, basis == null ? series.defaultBasis() : basis);
    }

    /** The basis of a trigger whose series or basis changes: the one given (or kept), else the series' default. */
    static Basis basisFor(SeriesPeriods series, Basis basis) {
        Basis chosen = basis == null ? series.defaultBasis() : basis;
        basisProblem(series, chosen).ifPresent(problem -> {
            throw new InvalidInputException("The trigger's basis does not fit " + name(series), List.of(problem));
        });
        return chosen;
    }

    /** A trigger's kind never changes; a trigger from before kinds existed (none stored) takes the one given. */
    static void requireSameKind(PeriodKind stored, PeriodKind requested) {
        if (stored != null && requested != null && requested != stored) {
            throw new InvalidInputException("The trigger watches " + stored + " periods; its kind never changes",
                    List.of(Violation.of(KIND_FIELD, "cannot change; create a new trigger")));
        }
    }

    /**
     * The kind of a trigger from before kinds existed: the only kind its series has, else the longest one
     * present (annual where both annual and quarterly exist); none while the series has no data.
     */
    static Optional<PeriodKind> kindOfExistingTrigger(SeriesPeriods series) {
        return series.kinds().stream().findFirst(); // kinds() is in PeriodKind order, longest first
    }

    private static Optional<PeriodKind> onlyKind(SeriesPeriods series) {
        return series.kinds().size() == 1 ? series.kinds().stream().findFirst() : Optional.empty();
    }

    private static String kindRequired(SeriesPeriods series) {
        return series.kinds().isEmpty() ? "is required while the series has no data"
                : "is required: the series has " + listed(series.kinds(), " and ") + " periods";
    }

    private static Optional<Violation> basisProblem(SeriesPeriods series, Basis basis) {
        if (basis == null || series.bases().contains(basis)) {
            return Optional.empty();
        }
        String why = series.group() && basis == Basis.FISCAL
                ? " (the fiscal year ends of " + series.series().subject() + "'s members differ)" : "";
        return Optional.of(Violation.of(BASIS_FIELD, basis + " is not available for " + name(series) + why
                + "; use " + listed(series.bases(), " or ")));
    }

    private static String name(SeriesPeriods series) {
        return series.series().subject() + " " + series.series().metric();
    }

    /** "YEAR", "YEAR and QUARTER", "YEAR, QUARTER and MONTH". */
    private static String listed(Collection<? extends Enum<?>> values, String lastSeparator) {
        List<String> names = values.stream().map(Enum::name).collect(Collectors.toList());
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + lastSeparator + names.get(names.size() - 1);
    }
}
