package org.sitrep.time;

import org.sitrep.quantity.LexiconFile;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A day with a name ("Thanksgiving Day") and its rule: a fixed date, the n-th or the last weekday of a month. */
record NamedDay(String kind, int month, int day, int nth, DayOfWeek weekday) {

    /** Parses a rule of named-days.tsv: fixed:MM-DD, nth:MONTH:N:ISO-WEEKDAY or last:MONTH:ISO-WEEKDAY. */
    static NamedDay parse(String rule, LexiconFile.Row row) {
        String[] p = rule.split("[:-]");
        try {
            return switch (p[0]) {
                case "fixed" -> check(new NamedDay("fixed", Integer.parseInt(p[1]), Integer.parseInt(p[2]), 0, null), row);
                case "nth" -> check(new NamedDay("nth", Integer.parseInt(p[1]), 0, Integer.parseInt(p[2]), DayOfWeek.of(Integer.parseInt(p[3]))), row);
                case "last" -> check(new NamedDay("last", Integer.parseInt(p[1]), 0, 0, DayOfWeek.of(Integer.parseInt(p[2]))), row);
                default -> throw row.error("unknown rule kind '" + p[0] + "' (fixed, nth or last)");
            };
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException | DateTimeException e) {
            throw row.error("bad rule '" + rule + "': " + e.getMessage());
        }
    }

    private static NamedDay check(NamedDay d, LexiconFile.Row row) {
        d.in(2000); // throws DateTimeException on an impossible rule
        if (d.kind.equals("nth") && (d.nth < 1 || d.nth > 5)) throw row.error("n-th weekday must be 1..5");
        return d;
    }

    /** The day in {@code year}. */
    LocalDate in(int year) {
        return switch (kind) {
            case "fixed" -> LocalDate.of(year, month, day);
            case "nth" -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            default -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday));
        };
    }

    /** The most recent such day not after {@code published}. */
    LocalDate latestNotAfter(LocalDate published) {
        LocalDate d = in(published.getYear());
        return d.isAfter(published) ? in(published.getYear() - 1) : d;
    }
}
