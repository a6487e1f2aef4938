package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Named days from named-days.tsv ("Thanksgiving Day", "Christmas Eve"), with or without a year. */
final class NamedDayRule implements DateRule {
    private final CalendarLexicon lexicon;
    private final Pattern pattern;

    NamedDayRule(CalendarLexicon lexicon) {
        this.lexicon = lexicon;
        pattern = Pattern.compile("\\b(?<name>" + lexicon.namedDayPhrases() + ")\\b(?:,?\\s+(?<y>\\d{4})(?!\\d))?");
    }

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            NamedDay day = lexicon.namedDay(m.group("name"));
            if (day == null) continue;
            Integer year = m.group("y") == null ? null : Integer.parseInt(m.group("y"));
            out.add(new Candidate(m.start(), m.end(), c -> {
                LocalDate d;
                if (year != null) d = PastDates.plausibleYear(year) ? day.in(year) : null;
                else d = c.published() == null ? null : day.latestNotAfter(c.published());
                return d == null ? null : PastDates.clip(DateRange.day(d), c.published());
            }));
        }
        return out;
    }
}
