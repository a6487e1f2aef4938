package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday on its own: "on Monday", "Friday night", "last Wednesday". Reports tell the past, so "Monday"
 * is the latest Monday not after the published date (the published day itself when it is a Monday: news
 * of the day says "on Monday"), and "last Wednesday" the latest one strictly before it. "next Monday" and
 * "the following Monday" claim the words but give no date.
 */
final class WeekdayRule implements DateRule {
    private final CalendarLexicon lexicon;
    private final Pattern pattern;

    WeekdayRule(CalendarLexicon lexicon) {
        this.lexicon = lexicon;
        pattern = Pattern.compile("(?<pre>\\b(?i:on|last|this|past|previous|early|late|next|coming|this\\s+coming|the\\s+following|following|(?:on\\s+)?(?:early|late))\\s+)?"
                + "(?<wd>" + lexicon.weekday() + ")(?:\\s+(?i:morning|afternoon|evening|night))?\\b");
    }

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            DayOfWeek wd = lexicon.weekday(m.group("wd"));
            String pre = m.group("pre") == null ? "" : m.group("pre").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean future = pre.equals("next") || pre.equals("coming") || pre.equals("this coming") || pre.contains("following");
            boolean strictly = pre.equals("last") || pre.equals("past") || pre.equals("previous");
            int start = pre.equals("on") ? m.start("wd") : m.start();
            out.add(new Candidate(start, m.end(), c -> {
                if (future) return null;
                LocalDate d = PastDates.latestWeekday(wd, c.published(), strictly);
                return d == null ? null : DateRange.day(d);
            }));
        }
        return out;
    }
}
