package org.sitrep.time;

import org.sitrep.model.DateMention;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;
import org.sitrep.quantity.NumberParser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the date expressions of a text and resolves each to a {@link DateRange} against the article's
 * published date: "On Jan. 27", "Thursday, Dec. 15", "between 11-13 Dec.", "last weekend", "two days ago",
 * "earlier this month", "the following day"... Rule-based and deterministic; the vocabulary is in this
 * package's resource files.
 *
 * <p>How it reads:
 * <ul>
 * <li>Each {@link DateRule} proposes spans; the longest win and mentions never overlap.</li>
 * <li>Spans are resolved in reading order. A day without a year is the latest such day not after the
 * published date; without a published date only expressions with a year resolve. Exception, the
 * narrative year: after a date with a written year more than 60 days before the report ("in early
 * November 2005"), a year-less day of that month or the next ("On 5 November") is taken in that year,
 * until a date near the published one ends the flashback.</li>
 * <li>Relative-to-narrative expressions ("the following day", "two days later") resolve against the
 * previous resolved mention of the same text, or, before the first one, the {@code narrativeAnchor}.</li>
 * <li>Nothing resolves after the published date except "tomorrow" (published + 1); ranges are cut at the
 * published date; years outside 1900..2100 and impossible days give no mention. An expression that does
 * not resolve gives no mention but keeps its words from other rules ("next Monday" is not "Monday").</li>
 * <li>It never throws on any text: whatever cannot be read is left out.</li>
 * </ul>
 * Thread-safe once built; build one and share it.
 */
public final class DateExpressionFinder {
    private final List<DateRule> rules;

    /** Loads the vocabulary from the class path; throws with the file and line if a resource is malformed. */
    public DateExpressionFinder() {
        this(new NumberParser());
    }

    /** Shares an existing {@link NumberParser} (counts in "two days ago"). */
    public DateExpressionFinder(NumberParser numbers) {
        CalendarLexicon lexicon = new CalendarLexicon();
        Counts counts = new Counts(numbers);
        rules = List.of(new DayDateRule(lexicon), new MonthRule(lexicon), new WeekdayRule(lexicon),
                new RelativeDayRule(lexicon), new WeekRule(), new DurationRule(lexicon, counts),
                new AnchoredRule(lexicon, counts), new NamedDayRule(lexicon));
    }

    /** Every date expression in {@code text}, in reading order, resolved against {@code published} (may be null). */
    public List<DateMention> find(String text, LocalDate published) {
        return findAfter(text, published, null);
    }

    /**
     * As {@link #find(String, LocalDate)}, with the date in force before {@code text} begins (for a sentence:
     * the narrative date of the text before it), against which "the following day" resolves when the text
     * itself has no earlier date. May be null.
     */
    public List<DateMention> find(String text, LocalDate published, LocalDate narrativeAnchor) {
        return findAfter(text, published, narrativeAnchor == null ? null : DateRange.day(narrativeAnchor));
    }

    /**
     * As {@link #find(String, LocalDate, LocalDate)} with the date in force as a range (a week, a month),
     * such as {@link NarrativeDates} gives for the text before a sentence.
     */
    public List<DateMention> findAfter(String text, LocalDate published, DateRange narrativeAnchor) {
        List<DateMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        List<DateRule.Candidate> chosen = choose(text);
        DateRange anchor = narrativeAnchor;
        DateRange yearAnchor = null;
        for (DateRule.Candidate c : chosen) {
            DateRange r;
            try {
                r = PastDates.clip(c.resolution().resolve(new DateRule.Context(published, anchor, yearAnchor)), published);
            } catch (RuntimeException e) {
                r = null; // a date we cannot compute is no date, never a failed batch
            }
            if (r == null) continue;
            yearAnchor = narrativeYear(c, r, yearAnchor, published);
            int start = c.start(), end = c.end();
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
            if (start >= end) continue;
            out.add(new DateMention(new Span(start, end), text.substring(start, end), r));
            anchor = r;
        }
        return out;
    }

    /**
     * The narrative is in a year of its own once a date with a written year lies well before the report
     * ("in early November 2005"); it stays there while the following dates do, and leaves it with the first
     * date near the published one ("today", "last week").
     */
    private static DateRange narrativeYear(DateRule.Candidate c, DateRange r, DateRange yearAnchor, LocalDate published) {
        boolean old = published == null || r.to().isBefore(published.minusDays(60));
        if (!old) return null;
        return c.dating() == DateRule.Dating.EXPLICIT_YEAR || yearAnchor != null ? r : null;
    }

    /** The longest candidates that do not overlap, in reading order. */
    private List<DateRule.Candidate> choose(String text) {
        List<DateRule.Candidate> all = new ArrayList<>();
        for (DateRule rule : rules) {
            try {
                for (DateRule.Candidate c : rule.candidates(text))
                    if (c != null && c.start() >= 0 && c.end() <= text.length() && c.start() < c.end()) all.add(c);
            } catch (RuntimeException | StackOverflowError e) {
                // one rule failing on odd text must not cost the others
            }
        }
        all.sort(Comparator.comparingInt((DateRule.Candidate c) -> c.end() - c.start()).reversed()
                .thenComparingInt(DateRule.Candidate::start));
        // kept spans by start: a candidate is free when neither neighbour reaches into it
        java.util.TreeMap<Integer, DateRule.Candidate> kept = new java.util.TreeMap<>();
        for (DateRule.Candidate c : all) {
            var before = kept.floorEntry(c.start());
            var after = kept.ceilingEntry(c.start());
            if (before != null && before.getValue().end() > c.start()) continue;
            if (after != null && after.getKey() < c.end()) continue;
            kept.put(c.start(), c);
        }
        return new ArrayList<>(kept.values());
    }
}
