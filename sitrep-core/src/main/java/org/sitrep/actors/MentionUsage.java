package org.sitrep.actors;

import java.util.Locale;

/**
 * How a name is used where it appears. Only {@link #ACTING} mentions name a side that does something;
 * the others name an actor as a modifier of another word.
 */
public enum MentionUsage {
    /** the actor itself: "HTS captured", "the SAA's artillery" */
    ACTING,
    /** what something is against: "anti-ISIS operation", "counter-Daesh campaign" */
    OPPOSED,
    /** who holds territory: "ISIL-held", "opposition-controlled", "Turkish-occupied" */
    HOLDING,
    /** a link to the actor, not the actor: "al-Qaeda-linked", "ISIS-inspired", "pro-ISIS" */
    LINKED;

    public static MentionUsage parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
