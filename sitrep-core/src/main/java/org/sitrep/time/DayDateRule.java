package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar days written out: "Jan. 27", "Feb.7", "January 4th", "Thursday, Dec. 15", "Nov. 6, 2016",
 * "6 December 2016", "the 14th of December", "2016-01-27", "2016/01/27", "27/01/2017", "27.01.2017", and runs of days:
 * "January 5 and January 6", "Jan. 5-6", "between 11-13 Dec.", "from 3 to 5 March".
 *
 * <p>Runs of days are one mention: two consecutive days joined by "and" ("on 5 and 6 January": it
 * happened on both) are precision 1 (days further apart, "Jan. 5 and Jan. 9", are two mentions); "between"/"from..to"/dash ranges are precision 1 up to two days, 2 up to a week and
 * 3 beyond (the report only bounds the day). Without a year the latest such day not after the
 * published date is taken; an explicit year outside 1900..2100 or an impossible day gives nothing.
 */
final class DayDateRule implements DateRule {
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String JOIN = "\\s*(?:-|–|—|\\band\\b|\\bto\\b|\\bthrough\\b|\\buntil\\b|\\btill\\b|&)\\s*";

    private final CalendarLexicon lexicon;
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern iso = Pattern.compile("(?<![\\d-/.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private final Pattern numeric = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-]\\d)");

    DayDateRule(CalendarLexicon lexicon) {
        this.lexicon = lexicon;
        String month = lexicon.month();
        String weekday = "(?:" + lexicon.weekdayOrAbbreviation() + ",?\\s+(?:the\\s+)?)?";
        String year = "(?:,?\\s*(?<y>\\d{4})(?![\\d]))?";
        // "between Jan. 5 and Jan. 6", "January 5 and 6", "Feb.7", "Dec.14th, 2016"
        monthDay = Pattern.compile("(?<pre>(?i:between|from|since)\\s+)?" + weekday + "(?<m1>" + month + ")(?:\\s*|\\s+the\\s+)(?<d1>\\d{1,2})" + ORD + "(?![\\d:%])"
                + "(?:(?<join>" + JOIN + ")(?:" + weekday + "(?<m2>" + month + ")\\s*)?(?<d2>\\d{1,2})" + ORD + "(?![\\d:%]))?"
                + "(?!\\s*(?:km|kilomet|mile|per\\s*cent|%))" + year + "\\b");
        // "6 December 2016", "the 14th of December", "between 11-13 Dec.", "5 and 6 January"
        dayMonth = Pattern.compile("(?<pre>(?i:between|from|since)\\s+)?" + weekday + "(?<![\\w.,])(?<d1>\\d{1,2})" + ORD
                + "(?:(?<join>" + JOIN + ")(?<d2>\\d{1,2})" + ORD + ")?(?:\\s+(?i:of))?\\s+(?<m1>" + month + ")" + year);
    }

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        for (Pattern p : List.of(monthDay, dayMonth)) {
            Matcher m = p.matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                Candidate c = run(m);
                // a run that is no run: the first day alone ("Jan. 5 and Feb. 9"), then look again after it
                if (c == null) { from = m.start("d2"); continue; }
                out.add(c);
                from = c.end() > m.start() ? c.end() : m.end();
            }
        }
        Matcher m;
        m = iso.matcher(text);
        while (m.find()) {
            LocalDate d = PastDates.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            out.add(new Candidate(m.start(), m.end(), c -> d == null ? null : PastDates.clip(DateRange.day(d), c.published()), Dating.EXPLICIT_YEAR));
        }
        m = numeric.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), y = Integer.parseInt(m.group(4));
            // dots and dashes are written day first (27.01.2017); slashes are day first in Europe and month first
            // in the US, so there only a part above 12 tells which is the day
            boolean dayFirst = !m.group(2).equals("/") || a > 12;
            LocalDate d = dayFirst ? PastDates.date(y, b, a) : b > 12 ? PastDates.date(y, a, b) : a == b ? PastDates.date(y, a, b) : null;
            out.add(new Candidate(m.start(), m.end(), c -> d == null ? null : PastDates.clip(DateRange.day(d), c.published()), Dating.EXPLICIT_YEAR));
        }
        return out;
    }

    private Candidate run(Matcher m) {
        Month m1 = lexicon.month(m.group("m1"));
        Month m2 = group(m, "m2") != null ? lexicon.month(m.group("m2")) : m1;
        int d1 = Integer.parseInt(m.group("d1"));
        Integer d2 = m.group("d2") == null ? null : Integer.parseInt(m.group("d2"));
        Integer year = m.group("y") == null ? null : Integer.parseInt(m.group("y"));
        String join = m.group("join") == null ? "" : m.group("join").strip().toLowerCase(java.util.Locale.ROOT);
        String pre = m.group("pre") == null ? "" : m.group("pre").strip().toLowerCase(java.util.Locale.ROOT);
        boolean between = !pre.isEmpty() && !pre.equals("since");
        Dating dating = year != null ? Dating.EXPLICIT_YEAR : Dating.YEARLESS;
        if (pre.equals("since") && m.group("d2") == null)
            return new Candidate(m.start(), m.end(), c -> since(m1, d1, year, c.published()), Dating.RELATIVE);
        if (d2 != null && (!forward(m1, d1, m2, d2) || join.equals("and") && !between && !consecutive(m1, d1, m2, d2))) {
            // "Jan. 27 and 3 villages": not a run of days, only the first day is a date
            int end = m.end("d1");
            while (end < m.end() && Character.isLetter(m.group().charAt(end - m.start()))) end++;
            int start = between ? m.start() + m.group("pre").length() : m.start();
            if (m.start("m1") > m.start("d1")) {
                if (!forward(m1, d1, m2, d2)) return null; // "20 and 3 January": look again from the second number
                // "on 5 and 9 January": the 5th of that month, then "9 January" on its own
                return new Candidate(start, end, c -> resolve(m1, d1, m1, null, year, "", false, c.published(), c.reference(m1)),
                        year != null ? Dating.EXPLICIT_YEAR : Dating.YEARLESS);
            }
            return new Candidate(start, end, c -> resolve(m1, d1, m1, null, null, "", false, c.published(), c.reference(m1)), Dating.YEARLESS);
        }
        // "from January 4th" alone: "from" belongs to the sentence, not to the date
        int start = between && d2 == null ? m.start() + m.group("pre").length() : m.start();
        return new Candidate(start, m.end(), c -> resolve(m1, d1, m2, d2, year, join, between && d2 != null, c.published(), c.reference(m2)), dating);
    }

    /** "since Dec. 5": from that day up to the published date; precision by its length as for ranges. */
    private static DateRange since(Month m1, int d1, Integer year, LocalDate published) {
        if (published == null || m1 == null) return null;
        LocalDate first = year != null ? PastDates.date(year, m1.getValue(), d1) : PastDates.latestDay(m1, d1, published);
        if (first == null || first.isAfter(published)) return null;
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, published) + 1;
        return PastDates.range(first, published, days <= 2 ? 1 : days <= 7 ? 2 : 3);
    }

    /** "January 5 and January 6" is one stretch of days; "Jan. 5 and Jan. 9" two separate days. */
    private static boolean consecutive(Month m1, int d1, Month m2, int d2) {
        if (m1 == m2) return d2 == d1 + 1;
        return d2 == 1 && d1 >= 28;
    }

    /** A run of days goes forward: within a month, or into the next one. */
    private static boolean forward(Month m1, int d1, Month m2, int d2) {
        if (m1 == null || m2 == null) return false;
        if (m1 == m2) return d2 > d1;
        return m1.plus(1) == m2;
    }

    private static String group(Matcher m, String name) {
        try { return m.group(name); } catch (IllegalArgumentException e) { return null; }
    }

    /** {@code reference}: what a year-less day is the latest not after (the published date, or the narrative's year). */
    private static DateRange resolve(Month m1, int d1, Month m2, Integer d2, Integer year, String join, boolean between,
                                     LocalDate published, LocalDate reference) {
        if (m1 == null || m2 == null) return null;
        LocalDate last;
        if (year != null) {
            if (!PastDates.plausibleYear(year)) return null;
            last = PastDates.date(year, m2.getValue(), d2 == null ? d1 : d2);
        } else {
            last = PastDates.latestDay(m2, d2 == null ? d1 : d2, reference);
        }
        if (last == null) return null;
        if (d2 == null) return PastDates.clip(DateRange.day(last), published);
        // the first day is the latest such day not after the last one ("Dec. 30 to Jan. 2" crosses the year)
        LocalDate first = PastDates.latestDay(m1, d1, last);
        if (first == null || java.time.temporal.ChronoUnit.DAYS.between(first, last) > 62) return null;
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        int precision = join.equals("and") && !between ? 1 : days <= 2 ? 1 : days <= 7 ? 2 : 3;
        return PastDates.clip(PastDates.range(first, last, precision), published);
    }
}
