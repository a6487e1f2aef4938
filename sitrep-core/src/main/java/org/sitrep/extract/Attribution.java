package org.sitrep.extract;

import org.sitrep.model.Certainty;
import org.sitrep.model.Span;

/** Who vouches for an event: the outlet (reported), a party (claimed, with who), or contested (disputed). */
record Attribution(Certainty certainty, String claimSource, Span span) {
    static final Attribution REPORTED = new Attribution(Certainty.REPORTED, null, null);
}
