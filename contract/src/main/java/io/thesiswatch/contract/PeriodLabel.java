package io.thesiswatch.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;

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
    private static final Comparator<PeriodLabel> ORDER = Comparator
            .comparing(PeriodLabel::start)
            .thenComparing(PeriodLabel::kind)
            .thenComparing(PeriodLabel::label);

    /**
     * Parses a label, throwing {@link IllegalArgumentException} with {@link #FORMAT_HINT} when it is not one. Read
     * character by character: every stored observation's label is parsed on every read of its series.
     */
    public static PeriodLabel parse(String text) {
        if (text == null || text.length() < 4 || !digits(text, 0, 4)) {
            throw new IllegalArgumentException(FORMAT_HINT);
        }
        int length = text.length();
        if (length == 4) {
            return new PeriodLabel(text, PeriodKind.YEAR, year(text));
        }
        if (text.charAt(4) != '-') {
            throw new IllegalArgumentException(FORMAT_HINT);
        }
        if (length == 7 && text.charAt(5) == 'Q' && text.charAt(6) >= '1' && text.charAt(6) <= '4') {
            return new PeriodLabel(text, PeriodKind.QUARTER, year(text) * 4L + text.charAt(6) - '1');
        }
        if (length == 7 && digits(text, 5, 7)) {
            int month = Integer.parseInt(text, 5, 7, 10);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(FORMAT_HINT);
            }
            return new PeriodLabel(text, PeriodKind.MONTH, year(text) * 12L + month - 1);
        }
        if (length == 10 && digits(text, 5, 7) && text.charAt(7) == '-' && digits(text, 8, 10)) {
            year(text);
            try {
                return new PeriodLabel(text, PeriodKind.DAY, LocalDate.parse(text).toEpochDay());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(FORMAT_HINT, e);
            }
        }
        throw new IllegalArgumentException(FORMAT_HINT);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
        // within a kind the index orders by start (the common case: a series sorts its own points)
        return kind == other.kind ? Long.compare(index, other.index) : ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label;
    }

    private static PeriodLabel of(PeriodKind kind, long index) {
        String label = switch (kind) {
            case YEAR -> fourDigits(index);
            case QUARTER -> fourDigits(index / 4) + "-Q" + (index % 4 + 1);
            case MONTH -> fourDigits(index / 12) + (index % 12 < 9 ? "-0" : "-") + (index % 12 + 1);
            case DAY -> LocalDate.ofEpochDay(index).toString();
        };
        return new PeriodLabel(label, kind, index);
    }

    private static String fourDigits(long year) {
        String digits = Long.toString(year);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    /** The year of a label (its first four characters, digits), within the years labels may name. */
    private static int year(String label) {
        int year = Integer.parseInt(label, 0, 4, 10);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(FORMAT_HINT + " (years " + MIN_YEAR + " to " + MAX_YEAR + ")");
        }
        return year;
    }
}
