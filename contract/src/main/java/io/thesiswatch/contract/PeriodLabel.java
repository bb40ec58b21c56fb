package io.thesiswatch.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period label: {@code 2024} (a year, named by the calendar year it ends in), {@code 2024-Q3} (a quarter),
 * {@code 2024-07} (a month) or {@code 2024-07-15} (a day). {@code index} counts periods of the same kind, so
 * "N periods earlier" is {@code index - N} and two labels are consecutive when their indexes differ by one.
 * Whether a year or quarter is fiscal or calendar is the series' basis, not the label's.
 */
public record PeriodLabel(String label, PeriodKind kind, long index) implements Comparable<PeriodLabel> {

    public static final String FORMAT_HINT = "must be a period label such as 2024, 2024-Q3, 2024-07 or 2024-07-15";

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Comparator<PeriodLabel> ORDER = Comparator
            .comparing(PeriodLabel::start)
            .thenComparing(PeriodLabel::kind)
            .thenComparing(PeriodLabel::label);

    /** Parses a label, throwing {@link IllegalArgumentException} with {@link #FORMAT_HINT} when it is not one. */
    public static PeriodLabel parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(FORMAT_HINT);
        }
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            return of(PeriodKind.YEAR, year(m.group(1)));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return of(PeriodKind.QUARTER, year(m.group(1)) * 4L + Integer.parseInt(m.group(2)) - 1);
        }
        if ((m = MONTH.matcher(text)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(FORMAT_HINT);
            }
            return of(PeriodKind.MONTH, year(m.group(1)) * 12L + month - 1);
        }
        if ((m = DAY.matcher(text)).matches()) {
            year(m.group(1));
            try {
                return of(PeriodKind.DAY, LocalDate.parse(text).toEpochDay());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(FORMAT_HINT, e);
            }
        }
        throw new IllegalArgumentException(FORMAT_HINT);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static PeriodLabel year(int year) {
        return of(PeriodKind.YEAR, year);
    }

    /** Quarter {@code quarter} (1 to 4) of the year labelled {@code year}. */
    public static PeriodLabel quarter(int year, int quarter) {
        return of(PeriodKind.QUARTER, year * 4L + quarter - 1);
    }

    /** The period of the same kind {@code count} periods earlier. */
    public PeriodLabel minus(long count) {
        return of(kind, index - count);
    }

    /** The period of the same kind right after this one. */
    public PeriodLabel next() {
        return of(kind, index + 1);
    }

    /** Whether {@code other} is of the same kind and comes right after this one. */
    public boolean isFollowedBy(PeriodLabel other) {
        return other.kind == kind && other.index == index + 1;
    }

    /** The same period one year earlier (2024-Q3 → 2023-Q3). */
    public PeriodLabel yearEarlier() {
        return switch (kind) {
            case YEAR -> minus(1);
            case QUARTER -> minus(4);
            case MONTH -> minus(12);
            case DAY -> of(PeriodKind.DAY, LocalDate.ofEpochDay(index).minusYears(1).toEpochDay());
        };
    }

    /** The year a year or quarter label names. */
    public int yearNumber() {
        return switch (kind) {
            case YEAR -> (int) index;
            case QUARTER -> (int) (index / 4);
            case MONTH -> (int) (index / 12);
            case DAY -> LocalDate.ofEpochDay(index).getYear();
        };
    }

    /** The quarter number (1 to 4) of a quarter label. */
    public int quarterNumber() {
        if (kind != PeriodKind.QUARTER) {
            throw new IllegalStateException(label + " is not a quarter");
        }
        return (int) (index % 4) + 1;
    }

    /** The first day of the period read as calendar dates. */
    public LocalDate start() {
        return switch (kind) {
            case YEAR -> LocalDate.of((int) index, 1, 1);
            case QUARTER -> LocalDate.of((int) (index / 4), (int) (index % 4) * 3 + 1, 1);
            case MONTH -> LocalDate.of((int) (index / 12), (int) (index % 12) + 1, 1);
            case DAY -> LocalDate.ofEpochDay(index);
        };
    }

    /** The last day of the period read as calendar dates. */
    public LocalDate end() {
        return switch (kind) {
            case YEAR -> start().plusYears(1).minusDays(1);
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case MONTH -> start().plusMonths(1).minusDays(1);
            case DAY -> start();
        };
    }

    /**
     * How a person names the period: "fiscal 2025 Q1", "calendar 2024", "2024-07" (months and days are
     * always calendar, so they need no basis).
     */
    public String describe(Basis basis) {
        String prefix = basis == Basis.FISCAL ? "fiscal " : "calendar ";
        return switch (kind) {
            case YEAR -> prefix + label;
            case QUARTER -> prefix + yearNumber() + " Q" + quarterNumber();
            case MONTH, DAY -> label;
        };
    }

    @Override
    public int compareTo(PeriodLabel other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label;
    }

    private static PeriodLabel of(PeriodKind kind, long index) {
        String label = switch (kind) {
            case YEAR -> String.format("%04d", index);
            case QUARTER -> String.format("%04d-Q%d", index / 4, index % 4 + 1);
            case MONTH -> String.format("%04d-%02d", index / 12, index % 12 + 1);
            case DAY -> LocalDate.ofEpochDay(index).toString();
        };
        return new PeriodLabel(label, kind, index);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(FORMAT_HINT + " (years " + MIN_YEAR + " to " + MAX_YEAR + ")");
        }
        return year;
    }
}
