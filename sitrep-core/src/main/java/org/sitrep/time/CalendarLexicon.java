package org.sitrep.time;

import org.sitrep.quantity.LexiconFile;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words dates are written with, read from this package's resource files: months.tsv, weekdays.tsv,
 * relative-days.tsv, units.tsv and named-days.tsv. Gives the rules their regex pieces and lookups.
 */
final class CalendarLexicon {
    /** A fixed phrase for days relative to the published date ("yesterday": -1..-1, precision 1). */
    record RelativeDays(int fromOffset, int toOffset, int precision) {}

    private final Map<String, Month> months = new HashMap<>();
    private final java.util.Set<String> standAlone = new java.util.HashSet<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, RelativeDays> relativeDays = new LinkedHashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, NamedDay> namedDays = new LinkedHashMap<>();
    private final String monthPattern;
    private final String weekdayFullPattern;
    private final String weekdayAnyPattern;
    private final String unitPattern;

    CalendarLexicon() {
        List<String> full = new ArrayList<>(), abbr = new ArrayList<>(), fullCap = new ArrayList<>(), abbrCap = new ArrayList<>();
        Map<Month, String> longest = new HashMap<>();
        List<LexiconFile.Row> monthRows = LexiconFile.read(CalendarLexicon.class, "months.tsv", 4);
        for (LexiconFile.Row r : monthRows) {
            int n = intOf(r, 1);
            if (n < 1 || n > 12) throw r.error("month number out of range: " + n);
            Month m = Month.of(n);
            String form = r.get(0).toLowerCase(Locale.ROOT);
            months.put(form, m);
            longest.merge(m, form, (a, b) -> a.length() >= b.length() ? a : b);
        }
        for (LexiconFile.Row r : monthRows) {
            String form = r.get(0).toLowerCase(Locale.ROOT);
            boolean isFull = longest.get(months.get(form)).equals(form);
            String cap = r.get(2);
            if (!cap.equals("yes") && !cap.equals("no")) throw r.error("capitalised-only must be yes or no: " + cap);
            if (cap.equals("yes")) {
                String c = Character.toUpperCase(form.charAt(0)) + form.substring(1);
                (isFull ? fullCap : abbrCap).add(c);
                (isFull ? fullCap : abbrCap).add(form.toUpperCase(Locale.ROOT));
            } else {
                (isFull ? full : abbr).add(form);
                if (isFull) standAlone.add(form);
            }
        }
        // full names take no dot; abbreviations may ("Sept.", "Feb.7"); capitalised-only forms match case-sensitively
        monthPattern = "(?:(?i:" + LexiconFile.alternation(full) + ")\\b|(?-i:" + LexiconFile.alternation(fullCap) + ")\\b"
                + "|(?i:" + LexiconFile.alternation(abbr) + ")\\b\\.?|(?-i:" + LexiconFile.alternation(abbrCap) + ")\\b\\.?)";

        List<String> wdFull = new ArrayList<>(), wdAll = new ArrayList<>();
        for (LexiconFile.Row r : LexiconFile.read(CalendarLexicon.class, "weekdays.tsv", 3)) {
            int n = intOf(r, 1);
            if (n < 1 || n > 7) throw r.error("ISO weekday out of range: " + n);
            String form = r.get(0).toLowerCase(Locale.ROOT);
            weekdays.put(form, DayOfWeek.of(n));
            wdAll.add(form);
            if (form.endsWith("day")) wdFull.add(form);
        }
        weekdayFullPattern = "(?i:" + LexiconFile.alternation(wdFull) + ")\\b";
        weekdayAnyPattern = "(?i:" + LexiconFile.alternation(wdAll) + ")\\b\\.?";

        for (LexiconFile.Row r : LexiconFile.read(CalendarLexicon.class, "relative-days.tsv", 5)) {
            int from = intOf(r, 1), to = intOf(r, 2), p = intOf(r, 3);
            if (to < from || p < 1 || p > 3) throw r.error("bad offsets or precision");
            relativeDays.put(r.get(0).toLowerCase(Locale.ROOT), new RelativeDays(from, to, p));
        }
        for (LexiconFile.Row r : LexiconFile.read(CalendarLexicon.class, "units.tsv", 3)) {
            String u = r.get(1);
            if (!List.of("HOURS", "DAYS", "WEEKS", "WEEKS2", "MONTHS").contains(u)) throw r.error("unknown unit " + u);
            units.put(r.get(0).toLowerCase(Locale.ROOT), u);
        }
        unitPattern = "(?i:" + LexiconFile.alternation(units.keySet()) + ")\\b";
        for (LexiconFile.Row r : LexiconFile.read(CalendarLexicon.class, "named-days.tsv", 3))
            namedDays.put(r.get(0).toLowerCase(Locale.ROOT), NamedDay.parse(r.get(1), r));
    }

    private static int intOf(LexiconFile.Row r, int col) {
        try { return Integer.parseInt(r.get(col)); } catch (NumberFormatException e) { throw r.error("not a number: '" + r.get(col) + "'"); }
    }

    /** Regex for a month name or abbreviation (with its optional dot); no groups. */
    String month() { return monthPattern; }

    /** Regex for a full weekday name. */
    String weekday() { return weekdayFullPattern; }

    /** Regex for a weekday name or abbreviation (with its optional dot), for "Thu, Dec. 15". */
    String weekdayOrAbbreviation() { return weekdayAnyPattern; }

    String unit() { return unitPattern; }

    String relativeDayPhrases() { return "(?i:" + LexiconFile.alternation(relativeDays.keySet()) + ")"; }

    String namedDayPhrases() { return "(?i:" + LexiconFile.alternation(namedDays.keySet()) + ")"; }

    /** A month name that is a month without any word before it ("December"; not "May", not "Dec."). */
    boolean standsAlone(String form) { return standAlone.contains(clean(form)); }

    Month month(String form) { return months.get(clean(form)); }

    DayOfWeek weekday(String form) { return weekdays.get(clean(form)); }

    /** HOURS, DAYS, WEEKS, WEEKS2 (a fortnight) or MONTHS. */
    String unit(String form) { return units.get(clean(form)); }

    RelativeDays relativeDays(String phrase) { return relativeDays.get(clean(phrase)); }

    NamedDay namedDay(String phrase) { return namedDays.get(clean(phrase)); }

    private static String clean(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").replaceAll("\\s+", " ").strip();
    }
}
