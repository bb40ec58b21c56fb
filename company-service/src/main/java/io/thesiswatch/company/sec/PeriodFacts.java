package io.thesiswatch.company.sec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.thesiswatch.company.domain.FiscalYearEnd;
import io.thesiswatch.contract.PeriodLabel;

/**
 * Turns the facts of a metric's concepts into one fiscal series with real dates (ARCHITECTURE.md, "Periods"):
 * <ul>
 * <li>years from facts of about a year, named by the calendar year of their last day (1–7 January: the year
 * before); quarters from three-month facts, numbered back from the fiscal year end;</li>
 * <li>10-Q cash-flow facts are year-to-date, so where no three-month fact is reported Q2 = six months − Q1,
 * Q3 = nine months − six months, Q4 = year − nine months, each marked derived and naming its facts;</li>
 * <li>labels come from the facts' own dates, never from the filing's {@code fy}/{@code fp};</li>
 * <li>of several filings of one fact the latest filed wins; of several concepts, the first in the configured
 * order that has the period.</li>
 * </ul>
 */
public final class PeriodFacts {

    /** A value chosen for a fiscal period, with its days and where it came from. */
    public record Selected(PeriodLabel period, LocalDate start, LocalDate end, BigDecimal value, String concept,
            String source, boolean derived) {
    }

    /** The series, and the year end the facts show (the latest full year's last day). */
    public record Selection(List<Selected> periods, Optional<FiscalYearEnd> yearEnd) {
    }

    private PeriodFacts() {
    }

    public static Selection select(List<String> concepts, Map<String, List<Fact>> facts) {
        Optional<FiscalYearEnd> shown = facts.values().stream().flatMap(List::stream).filter(Fact::isFullYear)
                .map(Fact::end).max(Comparator.naturalOrder()).map(FiscalYearEnd::of);
        FiscalYearEnd yearEnd = shown.orElse(FiscalYearEnd.CALENDAR);
        Map<PeriodLabel, Selected> chosen = new TreeMap<>();
        for (String concept : concepts) {
            for (Selected selected : ofConcept(concept, facts.getOrDefault(concept, List.of()), yearEnd)) {
                chosen.putIfAbsent(selected.period(), selected);
            }
        }
        return new Selection(new ArrayList<>(chosen.values()), shown);
    }

    private static List<Selected> ofConcept(String concept, List<Fact> facts, FiscalYearEnd yearEnd) {
        Map<String, Fact> latest = new LinkedHashMap<>();
        for (Fact fact : facts) {
            latest.merge(fact.start() + "/" + fact.end(), fact, (a, b) -> b.newerThan(a) ? b : a);
        }
        List<Fact> unique = new ArrayList<>(latest.values());
        List<Selected> selected = new ArrayList<>();
        Map<PeriodLabel, Selected> quarters = new LinkedHashMap<>();
        for (Fact fact : unique) {
            if (fact.isFullYear()) {
                selected.add(reported(PeriodLabel.year(FiscalYearEnd.yearName(fact.end())), fact));
            } else if (fact.isQuarter()) {
                quarters.putIfAbsent(yearEnd.quarterEnding(fact.end()),
                        reported(yearEnd.quarterEnding(fact.end()), fact));
            }
        }
        // Year-to-date chains share their first day: Q1 (3 months), H1 (6), 9M (9) and the year (12).
        for (Fact nine : only(unique, Fact::isNineMonths)) {
            derive(quarters, yearEnd, concept, find(unique, nine.start(), Fact::isFullYear), nine,
                    "Q4 = fiscal year minus nine months");
            derive(quarters, yearEnd, concept, Optional.of(nine),
                    find(unique, nine.start(), Fact::isHalfYear).orElse(null), "Q3 = nine months minus six months");
        }
        for (Fact half : only(unique, Fact::isHalfYear)) {
            derive(quarters, yearEnd, concept, Optional.of(half),
                    find(unique, half.start(), Fact::isQuarter).orElse(null), "Q2 = six months minus first quarter");
        }
        selected.addAll(quarters.values());
        return selected;
    }

    /**
     * Adds {@code longer − shorter} as the quarter that ends with {@code longer}, unless a three-month fact
     * (reported, or derived before) already has it.
     */
    private static void derive(Map<PeriodLabel, Selected> quarters, FiscalYearEnd yearEnd, String concept,
            Optional<Fact> longer, Fact shorter, String how) {
        if (longer.isEmpty() || shorter == null) {
            return;
        }
        Fact whole = longer.get();
        PeriodLabel quarter = yearEnd.quarterEnding(whole.end());
        if (quarters.containsKey(quarter)) {
            return;
        }
        quarters.put(quarter, new Selected(quarter, shorter.end().plusDays(1), whole.end(),
                whole.value().subtract(shorter.value()), concept,
                how + ": " + source(whole) + " minus " + source(shorter), true));
    }

    private static Selected reported(PeriodLabel period, Fact fact) {
        return new Selected(period, fact.start(), fact.end(), fact.value(), fact.concept(), source(fact), false);
    }

    private static List<Fact> only(List<Fact> facts, Predicate<Fact> kind) {
        return facts.stream().filter(kind).toList();
    }

    private static Optional<Fact> find(List<Fact> facts, LocalDate start, Predicate<Fact> kind) {
        return facts.stream().filter(f -> start.equals(f.start()) && kind.test(f)).findFirst();
    }

    static String source(Fact f) {
        return "SEC EDGAR " + f.form() + " " + f.accession() + " (filed " + f.filed() + "), us-gaap:" + f.concept();
    }
}
