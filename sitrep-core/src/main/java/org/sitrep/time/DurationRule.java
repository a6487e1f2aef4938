package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of time counted back from the published date.
 * <ul>
 * <li>"two days ago": that day (precision 1); "a week ago": seven days back, give or take three days
 * (precision 2); "two months ago": that month (precision 3); a vague count ("a few days ago") is a week window.</li>
 * <li>"over the past two weeks", "in the last 10 days", "the past week", "in less than two weeks": the
 * window ending at the published date, precision 2 up to two weeks, 3 beyond.</li>
 * <li>"a few hours ago", "in the past 72 hours": the days those hours reach back over, precision 1 up to two days.</li>
 * <li>"three weeks on": the report's present, seen from an earlier event: the week ending at the published date (precision 2).</li>
 * </ul>
 */
final class DurationRule implements DateRule {
    private final CalendarLexicon lexicon;
    private final Counts counts;
    private final Pattern ago;
    private final Pattern past;
    private final Pattern lessThan;
    private final Pattern on;

    DurationRule(CalendarLexicon lexicon, Counts counts) {
        this.lexicon = lexicon;
        this.counts = counts;
        String n = "(?<n>" + counts.pattern() + ")";
        String u = "(?<u>" + lexicon.unit() + ")";
        ago = Pattern.compile("(?<q>\\b(?i:just|only|about|some|nearly|almost|around|more\\s+than|over|less\\s+than)\\s+)?\\b" + n + "\\s+" + u + "\\s+(?i:ago)\\b");
        past = Pattern.compile("\\b(?<lead>(?i:(?:in|over|during|within|for|throughout)\\s+)?(?i:the\\s+))?(?<rel>(?i:past|last|previous|recent))\\s+(?:" + n + "\\s+)?" + u);
        lessThan = Pattern.compile("\\b(?i:(?:in|within)\\s+)?(?i:less\\s+than|under|fewer\\s+than)\\s+" + n + "\\s+" + u);
        on = Pattern.compile("\\b" + n + "\\s+" + u + "\\s+(?i:on)(?=\\s*[,.;:]|\\s*$|\\s+from\\b)");
    }

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = ago.matcher(text);
        while (m.find()) {
            Counts.Read read = counts.read(m.group("n"));
            if (read == null) continue;
            int count = read.value();
            String unit = lexicon.unit(m.group("u"));
            boolean vague = m.group("q") != null || isVague(m.group("n"));
            int start = read.skip() > 0 ? m.start("n") + read.skip() : m.start();
            out.add(new Candidate(start, m.end(), c -> ago(count, unit, vague, c.published())));
        }
        m = past.matcher(text);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            // "last week"/"last month" are calendar weeks and months (WeekRule, MonthRule); "the last week" and "the past week" are windows
            if (m.group("n") == null && m.group("lead") == null && !rel.equals("past")) continue;
            // "the past week" is one; "the past weeks" a few (three)
            Integer count = m.group("n") != null ? counts.value(m.group("n"))
                    : m.group("u").toLowerCase(Locale.ROOT).endsWith("s") ? Integer.valueOf(3) : Integer.valueOf(1);
            String unit = lexicon.unit(m.group("u"));
            out.add(new Candidate(m.start(), m.end(), c -> count == null ? null : window(count, unit, c.published())));
        }
        m = lessThan.matcher(text);
        while (m.find()) {
            Integer count = counts.value(m.group("n"));
            String unit = lexicon.unit(m.group("u"));
            out.add(new Candidate(m.start(), m.end(), c -> count == null ? null : window(count, unit, c.published())));
        }
        m = on.matcher(text);
        while (m.find()) {
            Counts.Read read = counts.read(m.group("n"));
            if (read == null) continue;
            out.add(new Candidate(m.start("n") + read.skip(), m.end(), c -> c.published() == null ? null
                    : new DateRange(c.published().minusDays(6), c.published(), 2)));
        }
        return out;
    }

    private static boolean isVague(String n) {
        String s = n.toLowerCase(Locale.ROOT);
        return s.contains("few") || s.contains("several") || s.contains("couple");
    }

    static long days(int count, String unit) {
        return switch (unit) {
            case "HOURS" -> (count + 23) / 24;
            case "DAYS" -> count;
            case "WEEKS" -> 7L * count;
            case "WEEKS2" -> 14L * count;
            default -> 30L * count;
        };
    }

    private static DateRange ago(int count, String unit, boolean vague, LocalDate published) {
        if (published == null || count > 1200) return null;
        if (unit.equals("MONTHS")) return PastDates.month(YearMonth.from(published).minusMonths(count), published);
        // "a few hours ago": the published day or the one before it, as the hours reach back
        if (unit.equals("HOURS")) return PastDates.range(published.minusDays(Math.max(1, days(count, unit))), published.minusDays(count / 24), 1);
        LocalDate d = published.minusDays(days(count, unit));
        if (unit.equals("DAYS") && !vague) return DateRange.day(d);
        return PastDates.clip(new DateRange(d.minusDays(3), d.plusDays(3), 2), published);
    }

    private static DateRange window(int count, String unit, LocalDate published) {
        if (published == null || count > 1200) return null;
        long days = days(count, unit);
        if (unit.equals("HOURS")) return PastDates.range(published.minusDays(days), published, days <= 2 ? 1 : 2);
        return PastDates.range(published.minusDays(days), published, days <= 14 ? 2 : 3);
    }
}
