package org.sitrep.fuse;

import org.sitrep.model.Certainty;

/** What one report says about one field, and on whose word: "7, claimed by HTS, in outlet X". */
public record Claim(String value, String eventId, String docId, String source, Certainty certainty, String claimSource) {
    public String describe() {
        String who = certainty == Certainty.REPORTED || claimSource == null ? certainty.label()
                : certainty.label() + " by " + claimSource;
        return (value == null ? "none" : value) + " (" + who + ", " + source + ")";
    }
}
