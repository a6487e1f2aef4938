package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fixed phrases counted in days from the published date, from relative-days.tsv: "yesterday", "last night", "in recent days". */
final class RelativeDayRule implements DateRule {
    private final CalendarLexicon lexicon;
    private final Pattern pattern;

    RelativeDayRule(CalendarLexicon lexicon) {
        this.lexicon = lexicon;
        pattern = Pattern.compile("\\b" + lexicon.relativeDayPhrases() + "\\b");
    }

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            CalendarLexicon.RelativeDays r = lexicon.relativeDays(m.group());
            if (r == null) continue;
            out.add(new Candidate(m.start(), m.end(), c -> c.published() == null ? null
                    : PastDates.range(c.published().plusDays(r.fromOffset()), c.published().plusDays(r.toOffset()), r.precision())));
        }
        return out;
    }
}
