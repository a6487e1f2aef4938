package org.sitrep.extract;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The cue words of cues.tsv by kind: modality, negation, attribution. */
final class Cues {
    enum Kind { FUTURE, INTENT, CONDITION, HEDGE, NEGATION, DISPUTE, REPORTED, CLAIM, PARTY_VOICE }

    private final Map<Kind, Set<String>> byKind = new EnumMap<>(Kind.class);

    Cues() {
        for (Kind k : Kind.values()) byKind.put(k, new HashSet<>());
        for (String[] row : LexiconFile.rows("cues.tsv", 2)) byKind.get(Kind.valueOf(row[1])).add(row[0].toLowerCase(Locale.ROOT));
    }

    boolean is(Kind kind, String lemma) { return byKind.get(kind).contains(lemma.toLowerCase(Locale.ROOT)); }
}
