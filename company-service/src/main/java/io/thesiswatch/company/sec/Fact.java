package io.thesiswatch.company.sec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One XBRL fact of a companyfacts file: a value over a period, from one filing. */
public record Fact(String concept, LocalDate start, LocalDate end, BigDecimal value, String accession,
        String fiscalPeriod, String form, LocalDate filed) {

    public long days() {
        return start == null ? 0 : ChronoUnit.DAYS.between(start, end);
    }

    /** About a year: 52- and 53-week fiscal years included (by the dates, never the filing's fp). */
    public boolean isFullYear() {
        return days() >= 350 && days() <= 380;
    }

    public boolean isHalfYear() {
        return days() >= 170 && days() <= 195;
    }

    public boolean isQuarter() {
        return days() >= 80 && days() <= 100;
    }

    public boolean isNineMonths() {
        return days() >= 260 && days() <= 285;
    }

    /** Later filings win; within one day, the later accession number. */
    public boolean newerThan(Fact other) {
        int byDate = filed.compareTo(other.filed);
        return byDate != 0 ? byDate > 0 : accession.compareTo(other.accession) > 0;
    }
}
