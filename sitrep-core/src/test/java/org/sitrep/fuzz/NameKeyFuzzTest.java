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
 * gives (with zero-width and right-to-left controls, any script). Keys are deterministic, free of invisible
 * characters and spaces, and the phonetic codes of a key are at most two non-empty codes.
 * A glued key is its own glued key. A key is not always its own key, and re-keying need not settle: the final
 * "-ah"/"-eh" rule looks at words ("Tg eh" keys to "tgeh", which keys to "tga"), a name mixing Arabic and Latin
 * letters takes the Arabic rules ("aالiq" keys to "aiq", then "aik": crash-1a99eaed...), and a name of articles
 * only shrinks by one article per keying (crash-eb1eec07...). Keys are compared, never re-keyed, so these are
 * kept as seeds and not asserted.
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
        assertNoHiddenCharacters(key, "key");
        assertNoHiddenCharacters(glued, "glued key");
        assertFalse(key.isBlank() && !key.isEmpty(), "a key of white space only");
        assertEquals(glued, KEYS.gluedKey(glued), "a glued key is not its own glued key");

        List<String> codes = TimeBound.within("NameKey.phonetic", () -> NameKey.phonetic(key));
        assertTrue(codes.size() <= 2, () -> "more than two phonetic codes: " + codes);
        codes.forEach(c -> assertFalse(c.isEmpty(), "empty phonetic code"));
        assertEquals(codes, NameKey.phonetic(key), "phonetic codes differ between two runs");
    }

    /**
     * Zero-width, bidi and other format characters, and spaces, would split one place into several keys. (Not "key
     * equals clean(key)": the fuzzer found that a Hangul key stays in decomposed jamo, which NFKC recomposes; both
     * sides of a lookup are keyed alike, so that is harmless. Input: crash-5a47f445...)
     */
    private static void assertNoHiddenCharacters(String key, String what) {
        key.codePoints().forEach(c -> assertFalse(Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)
                || Character.isISOControl(c), () -> what + " '" + key + "' holds U+" + Integer.toHexString(c)));
    }
}
