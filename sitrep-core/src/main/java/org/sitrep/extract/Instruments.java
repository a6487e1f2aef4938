package org.sitrep.extract;

import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How a strike was delivered (instruments.tsv): from the air, or by guns, rockets and missiles. */
final class Instruments {
    enum Means { AIR, SHELLING }

    private final Map<String, Means> words = new HashMap<>();

    Instruments() {
        for (String[] row : LexiconFile.rows("instruments.tsv", 2)) words.put(row[0].toLowerCase(Locale.ROOT), Means.valueOf(row[1]));
    }

    /**
     * The means named in tokens [first, last] of the sentence; ground weapons win over aircraft when both are named
     * ("artillery and warplanes bombarded": the shelling is the event, the air part goes with it). Null if none.
     */
    Means in(Sentence s, int first, int last) {
        Means found = null;
        for (int i = Math.max(0, first); i <= last && i < s.tokens().size(); i++) {
            Token t = s.token(i);
            Means m = words.get(t.lemma());
            if (m == null) m = words.get(t.word().toLowerCase(Locale.ROOT));
            if (m == null && i + 1 <= last && i + 1 < s.tokens().size())
                m = words.get(t.lemma() + " " + s.token(i + 1).lemma());
            if (m == Means.SHELLING) return m;
            if (m != null) found = m;
        }
        return found;
    }

    /** Does this actor name say it strikes from the air ("Russian Aerospace Forces", "coalition aircraft")? */
    Means ofActor(String actorMentionText) {
        Means found = null;
        for (String w : actorMentionText.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9-]+")) {
            Means m = words.get(w);
            if (m == Means.SHELLING) return m;
            if (m != null) found = m;
        }
        return found;
    }
}
