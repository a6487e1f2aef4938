package org.sitrep.extract;

import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How an attack of unstated means was carried out, read from the report's other sentences (attack-methods.tsv). */
final class AttackMethods {
    private final Map<String, SubEventType> cues = new HashMap<>();

    AttackMethods() {
        for (String[] row : LexiconFile.rows("attack-methods.tsv", 2)) cues.put(row[0].toLowerCase(Locale.ROOT), SubEventType.valueOf(row[1]));
    }

    /** The method named nearest sentence {@code at} (itself first, then outwards), or null. */
    SubEventType nearest(List<Sentence> sentences, int at) {
        for (int d = 0; d < sentences.size(); d++) {
            for (int i : new int[] {at - d, at + d}) {
                if (i < 0 || i >= sentences.size() || d > 0 && i == at) continue;
                SubEventType m = in(sentences.get(i));
                if (m != null) return m;
            }
        }
        return null;
    }

    private SubEventType in(Sentence s) {
        SubEventType found = null;
        for (Token t : s.tokens()) {
            SubEventType m = cues.get(t.lemma());
            if (m == null) m = cues.get(t.word().toLowerCase(Locale.ROOT));
            if (m == SubEventType.SUICIDE_BOMB) return m;
            if (m != null && found == null) found = m;
        }
        return found;
    }
}
