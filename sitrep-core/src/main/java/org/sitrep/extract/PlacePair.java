package org.sitrep.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "between Raqqa and Tabqa": two places that bound one stretch of ground. The event happened between them,
 * so they make one event, not one at each end.
 */
final class PlacePair {
    private static final Pattern OPENS = Pattern.compile("(?is).*\\bbetween\\s+(?:the\\s+)?(?:(?:towns?|cities|villages?)\\s+of\\s+)?$");
    private static final Pattern JOINS = Pattern.compile("(?is)\\s+and\\s+(?:the\\s+)?(?:(?:town|city|village)\\s+of\\s+)?");

    private PlacePair() {}

    /**
     * The place that closes the pair {@code first} opens, if {@code first} follows "between".
     *
     * @param text the text the places lie in, starting at document offset {@code base}
     */
    static Optional<PlaceSlot> closing(PlaceSlot first, List<PlaceSlot> places, String text, int base) {
        int start = first.span().start() - base, end = first.span().end() - base;
        if (!OPENS.matcher(text.substring(Math.max(0, start - 40), start)).matches()) return Optional.empty();
        for (PlaceSlot p : places) {
            if (p.span().start() < first.span().end()) continue;
            return JOINS.matcher(text.substring(end, p.span().start() - base)).matches() ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    /** True for the second place of a pair ("Tabqa" in "between Raqqa and Tabqa"). */
    static boolean closesPair(PlaceSlot p, List<PlaceSlot> places, String text, int base) {
        for (PlaceSlot q : places) {
            if (q.span().end() > p.span().start()) break;
            if (closing(q, places, text, base).filter(p::equals).isPresent()) return true;
        }
        return false;
    }
}
