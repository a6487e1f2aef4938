package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates told from the previous date of the narrative, not from the published date: "the following day",
 * "the next morning", "the day before", "that day", "two days later", "a week earlier", "days earlier". They resolve
 * against the anchor (the previous resolved expression, or the narrative anchor the caller passes) and
 * give nothing without one. The shifted range keeps the anchor's precision; a shift in weeks is precision 2.
 */
final class AnchoredRule implements DateRule {
    private final CalendarLexicon lexicon;
    private final Counts counts;
    private final Pattern named = Pattern.compile("(?i:\\b(?:(?:on|by|later|early|late)\\s+)?(?:"
            + "the\\s+(?<dir>following|next|previous|preceding)\\s+(?<what>day|morning|afternoon|evening|night|week)"
            + "|the\\s+day\\s+(?<dir2>after|before)(?!\\s+(?:yesterday|tomorrow))"
            + "|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+day|(?:that|the\\s+same)\\s+(?:day|morning|evening|night))\\b)");
    private final Pattern counted;

    AnchoredRule(CalendarLexicon lexicon, Counts counts) {
        this.lexicon = lexicon;
        this.counts = counts;
        counted = Pattern.compile("\\b(?:(?<n>" + counts.pattern() + ")\\s+)?(?<u>" + lexicon.unit() + ")\\s+(?<dir>(?i:later|earlier|afterwards))\\b");
    }

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = named.matcher(text);
        while (m.find()) {
            String dir = m.group("dir") != null ? m.group("dir") : m.group("dir2") != null ? m.group("dir2") : "same";
            dir = dir.toLowerCase(Locale.ROOT);
            int sign = dir.equals("following") || dir.equals("next") || dir.equals("after") ? 1
                    : dir.equals("same") ? 0 : -1;
            long days = m.group("what") != null && m.group("what").equalsIgnoreCase("week") ? 7 : 1;
            out.add(new Candidate(m.start(), m.end(), c -> shift(c.anchor(), sign, days)));
        }
        m = counted.matcher(text);
        while (m.find()) {
            String unit = lexicon.unit(m.group("u"));
            if (unit == null || unit.equals("MONTHS") || unit.equals("HOURS")) continue;
            int sign = m.group("dir").equalsIgnoreCase("earlier") ? -1 : 1;
            if (m.group("n") == null) {
                // "days earlier", "weeks later": no count, a window beside the anchor
                if (!m.group("u").toLowerCase(Locale.ROOT).endsWith("s")) continue;
                boolean weeks = !unit.equals("DAYS");
                out.add(new Candidate(m.start(), m.end(), c -> beside(c.anchor(), sign, weeks)));
                continue;
            }
            Counts.Read read = counts.read(m.group("n"));
            if (read == null) continue;
            int count = read.value();
            out.add(new Candidate(m.start("n") + read.skip(), m.end(), c -> count > 366 ? null : shift(c.anchor(), sign, DurationRule.days(count, unit))));
        }
        return out;
    }

    /** "Days earlier": two to six days before the anchor (precision 2); "weeks earlier": one to four weeks (precision 3). */
    private static DateRange beside(DateRange anchor, int sign, boolean weeks) {
        if (anchor == null) return null;
        int near = weeks ? 7 : 2, far = weeks ? 28 : 6;
        return sign < 0 ? new DateRange(anchor.from().minusDays(far), anchor.from().minusDays(near), weeks ? 3 : 2)
                : new DateRange(anchor.to().plusDays(near), anchor.to().plusDays(far), weeks ? 3 : 2);
    }

    private static DateRange shift(DateRange anchor, int sign, long days) {
        if (anchor == null) return null;
        if (sign == 0) return anchor;
        int precision = days >= 7 ? Math.max(2, anchor.precision()) : anchor.precision();
        if (sign > 0) {
            if (anchor.precision() == 1) {
                var d = anchor.to().plusDays(days);
                return days >= 7 ? new DateRange(d.minusDays(3), d.plusDays(3), 2) : DateRange.day(d);
            }
            return new DateRange(anchor.from().plusDays(days), anchor.to().plusDays(days), precision);
        }
        if (anchor.precision() == 1) {
            var d = anchor.from().minusDays(days);
            return days >= 7 ? new DateRange(d.minusDays(3), d.plusDays(3), 2) : DateRange.day(d);
        }
        return new DateRange(anchor.from().minusDays(days), anchor.to().minusDays(days), precision);
    }
}
