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

        List<String> codes = TimeBound.within("NameKey.phonetic", () -> NameKey.phonetic(key));
        assertTrue(codes.size() <= 2, () -> "more than two phonetic codes: " + codes);
        codes.forEach(c -> assertFalse(c.isEmpty(), "empty phonetic code"));
        assertEquals(codes, NameKey.phonetic(key), "phonetic codes differ between two runs");
    }
}
