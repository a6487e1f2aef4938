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

    /** A matched expression; {@code resolution} may give null (unresolvable), which still claims the span. */
    record Candidate(int start, int end, Resolution resolution) {}

    /** Turns a matched expression into days, given the published date and the date in force before it. */
    @FunctionalInterface
    interface Resolution {
        DateRange resolve(Context context);
    }

    /**
     * What an expression is resolved against: the published date (may be null) and the anchor, the date
     * of the previous resolved expression in the narrative (may be null), for "the following day".
     */
    record Context(LocalDate published, DateRange anchor) {}
}
