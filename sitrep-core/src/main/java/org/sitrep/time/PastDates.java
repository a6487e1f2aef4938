package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic of news reports: a date without a year is the most recent such date not after the
 * published date (reports tell the past), weeks are ISO weeks (Monday..Sunday), and nothing absurd passes.
 * Every method returns null instead of throwing.
 */
final class PastDates {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private PastDates() {}

    static boolean plausibleYear(int year) { return year >= MIN_YEAR && year <= MAX_YEAR; }

    /** The day, or null when it does not exist (February 30) or the year is absurd. */
    static LocalDate date(int year, int month, int day) {
        if (!plausibleYear(year)) return null;
        try { return LocalDate.of(year, month, day); } catch (DateTimeException e) { return null; }
    }

    /** "Dec. 26" in a report of {@code published}: the latest such day not after it; null without a published date. */
    static LocalDate latestDay(Month month, int day, LocalDate published) {
        if (published == null || month == null || day < 1 || day > 31) return null;
        // look back far enough to find a 29 February
        for (int y = published.getYear(); y >= published.getYear() - 8; y--) {
            LocalDate d = date(y, month.getValue(), day);
            if (d != null && !d.isAfter(published)) return d;
        }
        return null;
    }

    /** "in December": the latest such month that has started by the published date. */
    static YearMonth latestMonth(Month month, LocalDate published) {
        if (published == null || month == null) return null;
        YearMonth ym = YearMonth.of(published.getYear(), month);
        return ym.atDay(1).isAfter(published) ? ym.minusYears(1) : ym;
    }

    /** The latest {@code weekday} not after the published date ("on Monday"); strictly before it when {@code strictly}. */
    static LocalDate latestWeekday(DayOfWeek weekday, LocalDate published, boolean strictly) {
        if (published == null || weekday == null) return null;
        LocalDate from = strictly ? published.minusDays(1) : published;
        return from.with(TemporalAdjusters.previousOrSame(weekday));
    }

    static LocalDate isoWeekStart(LocalDate d) { return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); }

    /** A whole month at precision 3, cut at the published date. */
    static DateRange month(YearMonth ym, LocalDate published) {
        if (ym == null || !plausibleYear(ym.getYear())) return null;
        return clip(new DateRange(ym.atDay(1), ym.atEndOfMonth(), 3), published);
    }

    /**
     * A range cut so that it does not run past the published date (a report cannot tell what has not yet
     * happened); null when it starts after it. Published null: the range as is.
     */
    static DateRange clip(DateRange r, LocalDate published) {
        if (r == null) return null;
        if (!plausibleYear(r.from().getYear()) || !plausibleYear(r.to().getYear())) return null;
        if (published == null || !r.to().isAfter(published)) return r;
        // "tomorrow" is the one future day a report may date (the coder decides whether it is a plan)
        if (r.from().equals(r.to()) && r.from().equals(published.plusDays(1))) return r;
        if (r.from().isAfter(published)) return null;
        return new DateRange(r.from(), published, r.precision());
    }

    /** A range of days; precision 1 for a single day, else the given one. Null when ends before start. */
    static DateRange range(LocalDate from, LocalDate to, int precision) {
        if (from == null || to == null || to.isBefore(from)) return null;
        return new DateRange(from, to, from.equals(to) ? 1 : precision);
    }
}
