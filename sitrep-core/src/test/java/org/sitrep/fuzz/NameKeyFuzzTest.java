package org.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.geo.NameKey;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the gazetteer's name normaliser, which keys millions of imported names and every place name a report
 * gives (with zero-width and right-to-left controls, any script). Keys are deterministic, free of the invisible
 * characters {@link NameKey#clean} removes, and the phonetic codes of a key are at most two non-empty codes.
 * A glued key is its own glued key. A key is not always its own key (the final "-ah"/"-eh" rule looks at words,
 * and "Tg eh" keys to "tgeh", which keys to "tga"); keys are compared, never re-keyed, so what must hold is that
 * re-keying settles after one step.
 */
class NameKeyFuzzTest {
    private static final NameKey KEYS = NameKey.standard();

    @FuzzTest(maxDuration = "3m")
    void keysAreDeterministicAndClean(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        String key = TimeBound.within("NameKey.key", () -> KEYS.key(name));
        String glued = TimeBound.within("NameKey.gluedKey", () -> KEYS.gluedKey(name));
        assertEquals(key, KEYS.key(name), "key differs between two runs");
        assertEquals(glued, KEYS.gluedKey(name), "glued key differs between two runs");
        assertEquals(key, NameKey.clean(key), "key holds characters clean() removes or normalises");
        assertEquals(glued, NameKey.clean(glued), "glued key holds characters clean() removes or normalises");
        assertFalse(key.isBlank() && !key.isEmpty(), "a key of white space only");
        assertEquals(glued, KEYS.gluedKey(glued), "a glued key is not its own glued key");
        String rekeyed = KEYS.key(key);
        assertEquals(rekeyed, KEYS.key(rekeyed), () -> "re-keying does not settle: " + key + " -> " + rekeyed);

        List<String> codes = TimeBound.within("NameKey.phonetic", () -> NameKey.phonetic(key));
        assertTrue(codes.size() <= 2, () -> "more than two phonetic codes: " + codes);
        codes.forEach(c -> assertFalse(c.isEmpty(), "empty phonetic code"));
        assertEquals(codes, NameKey.phonetic(key), "phonetic codes differ between two runs");
    }
}
