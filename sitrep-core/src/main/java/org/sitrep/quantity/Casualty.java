package org.sitrep.quantity;

import org.sitrep.model.Span;

/**
 * A report of people killed or hurt in a sentence.
 *
 * @param span        the words that say it, count and trigger included ("Over 20 ISIS members were reportedly killed")
 * @param count       the conservative figure (ACLED: "over 20" is 20, "dozens" 12), 0 for a reported zero,
 *                    null when the report gives no figure ("a heavy death toll")
 * @param kind        killed, injured, both together (no death toll), or none
 * @param victims     who, as the text says it ("ISIS members", "women and children"), or null
 * @param victimsSpan where {@code victims} is, or null
 */
public record Casualty(Span span, Integer count, Kind kind, String victims, Span victimsSpan) {
    public enum Kind { KILLED, INJURED, KILLED_OR_INJURED, NO_CASUALTIES }
}
