package io.thesiswatch.company.sec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the facts of a metric's concepts into one series: annual values from full-year facts, quarterly
 * values from three-month facts (the fourth quarter derived as the year minus its first nine months when
 * no three-month fact exists). Of several filings of one period the latest filed wins; of several
 * concepts, the first in the configured order that has the period.
 */
public final class FactSelector {

    /** A value chosen for a period, with where it came from. */
    public record Selected(String period, BigDecimal value, String concept, String source) {
    }

    private FactSelector() {
    }

    public static List<Selected> select(List<String> concepts, Map<String, List<Fact>> facts) {
        Optional<LocalDate> anchor = facts.values().stream().flatMap(List::stream).filter(Fact::isFullYear)
                .map(Fact::end).max(Comparator.naturalOrder());
        LocalDate yearEnd = anchor.orElse(LocalDate.of(2000, 12, 31));
        Map<String, Selected> chosen = new LinkedHashMap<>();
        for (String concept : concepts) {
            List<Fact> ofConcept = facts.getOrDefault(concept, List.of());
            Map<String, Fact> years = newestBy(ofConcept.stream().filter(Fact::isFullYear).toList(),
                    f -> String.valueOf(f.end().getYear()));
            Map<String, Fact> quarters = newestBy(ofConcept.stream().filter(Fact::isQuarter).toList(),
                    f -> quarterLabel(f.end(), yearEnd));
            years.forEach((label, f) -> chosen.putIfAbsent(label, new Selected(label, f.value(), concept, source(f))));
            quarters.forEach((label, f) -> chosen.putIfAbsent(label, new Selected(label, f.value(), concept, source(f))));
            for (Fact year : years.values()) {
                String q4 = quarterLabel(year.end(), yearEnd);
                if (quarters.containsKey(q4) || chosen.containsKey(q4)) {
                    continue;
                }
                ofConcept.stream()
                        .filter(f -> f.isNineMonths() && Objects.equals(f.start(), year.start()))
                        .max((a, b) -> a.newerThan(b) ? 1 : -1)
                        .ifPresent(nine -> chosen.put(q4, new Selected(q4, year.value().subtract(nine.value()),
                                concept, "Q4 = fiscal year minus nine months: " + source(year) + " minus " + source(nine))));
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /**
     * The fiscal quarter a three-month period ending on {@code end} is, for a company whose fiscal year
     * ends near the month and day of {@code yearEnd}: {@code 2024-Q1} is the first quarter of the fiscal
     * year that ends in 2024.
     */
    static String quarterLabel(LocalDate end, LocalDate yearEnd) {
        for (int year = end.getYear(); year <= end.getYear() + 1; year++) {
            LocalDate fiscalYearEnd = yearEnd.withYear(year);
            long daysBefore = ChronoUnit.DAYS.between(end, fiscalYearEnd);
            if (daysBefore >= -20 && daysBefore <= 345) {
                long quarter = 4 - Math.round(daysBefore / 91.3);
                return year + "-Q" + Math.max(1, Math.min(4, quarter));
            }
        }
        throw new IllegalStateException("no fiscal year for " + end);
    }

    private static Map<String, Fact> newestBy(List<Fact> facts, java.util.function.Function<Fact, String> label) {
        Map<String, Fact> newest = new LinkedHashMap<>();
        for (Fact fact : facts) {
            newest.merge(label.apply(fact), fact, (a, b) -> b.newerThan(a) ? b : a);
        }
        return newest;
    }

    private static String source(Fact f) {
        return "SEC EDGAR " + f.form() + " " + f.accession() + " (filed " + f.filed() + "), us-gaap:" + f.concept();
    }
}
