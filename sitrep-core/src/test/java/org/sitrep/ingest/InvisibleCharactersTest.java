package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class InvisibleCharactersTest {
    @Test
    void zeroWidthAndBidiControlsGoInsidePlaceNames() {
        assertEquals("Ras al-Ain", InvisibleCharacters.strip("Ras\u200B al-\u200DAin"));
        assertEquals("\u0631\u0623\u0633 \u0627\u0644\u0639\u064A\u0646",
                InvisibleCharacters.strip("\u202B\u0631\u0623\u0633 \u0627\u0644\u0639\u064A\u0646\u202C\u200F"));
        assertEquals("Kobani", InvisibleCharacters.strip("\u2067Kob\u00ADani\u2069\uFEFF"));
    }

    @Test
    void lineEndingsAreUnifiedAndControlsDropped() {
        assertEquals("a\nb\nc\td", InvisibleCharacters.strip("a\r\nb\rc\td\u0007"));
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String clean = "Deir ez-Zor \u062F\u064A\u0631 \u0627\u0644\u0632\u0648\u0631";
        assertSame(clean, InvisibleCharacters.strip(clean));
    }
}
