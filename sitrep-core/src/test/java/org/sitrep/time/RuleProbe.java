package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Runs one rule on a text the way the finder does: the longest candidate, resolved against a published date. */
final class RuleProbe {
    static final CalendarLexicon LEXICON = new CalendarLexicon();

    private RuleProbe() {}

    static String matched(DateRule rule, String text) {
        DateRule.Candidate c = longest(rule, text);
        return c == null ? null : text.substring(c.start(), c.end()).strip();
    }

    static DateRange resolve(DateRule rule, String text, LocalDate published) {
        return resolve(rule, text, published, null);
    }

    static DateRange resolve(DateRule rule, String text, LocalDate published, DateRange anchor) {
        DateRule.Candidate c = longest(rule, text);
        return c == null ? null : c.resolution().resolve(new DateRule.Context(published, anchor));
    }

    private static DateRule.Candidate longest(DateRule rule, String text) {
        List<DateRule.Candidate> all = rule.candidates(text);
        return all.stream().max(Comparator.comparingInt((DateRule.Candidate c) -> c.end() - c.start())
                .thenComparing(Comparator.comparingInt(DateRule.Candidate::start).reversed())).orElse(null);
    }

    static LocalDate d(String iso) { return LocalDate.parse(iso); }

    static DateRange range(String from, String to, int precision) { return new DateRange(d(from), d(to), precision); }
}
