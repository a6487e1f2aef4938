package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.LocalDate;
import java.util.List;

/**
 * One family of date expressions. A rule proposes candidates (a span and a way to resolve it); the
 * {@link DateExpressionFinder} keeps the longest non-overlapping ones and resolves them in reading order.
 */
interface DateRule {
    /** Everything this rule sees in {@code text}; may overlap, the finder chooses. */
    List<Candidate> candidates(String text);

    /**
     * A matched expression; {@code resolution} may give null (unresolvable), which still claims the span.
     * {@code dating} says how it finds its year, for the narrative year ({@link Context#yearAnchor()}).
     */
    record Candidate(int start, int end, Resolution resolution, Dating dating) {
        Candidate(int start, int end, Resolution resolution) { this(start, end, resolution, Dating.RELATIVE); }
    }

    /** How an expression finds its year: written out ("6 December 2016"), left out ("5 November"), or neither. */
    enum Dating { EXPLICIT_YEAR, YEARLESS, RELATIVE }

    /** Turns a matched expression into days, given the published date and the date in force before it. */
    @FunctionalInterface
    interface Resolution {
        DateRange resolve(Context context);
    }

    /**
     * What an expression is resolved against: the published date (may be null); the anchor, the date of the
     * previous resolved expression in the narrative (may be null), for "the following day"; and the year
     * anchor (may be null), the previous date when the narrative is in a year of its own ("in early November
     * 2005 ... On 5 November"), which a year-less day of the same or the next month takes its year from.
     */
    record Context(LocalDate published, DateRange anchor, DateRange yearAnchor) {
        Context(LocalDate published, DateRange anchor) { this(published, anchor, null); }

        /** The date a year-less {@code month} is "the latest not after": the published date, or the narrative's year. */
        LocalDate reference(java.time.Month month) {
            if (yearAnchor != null && month != null && published != null) {
                java.time.Month m = yearAnchor.to().getMonth();
                if (month == m || month == m.plus(1)) return yearAnchor.to().withDayOfMonth(1).plusMonths(2).minusDays(1);
            }
            return published;
        }
    }
}
