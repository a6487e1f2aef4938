package org.sitrep.quantity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconFileTest {
    @Test
    void everyShippedRowHasASource() {
        for (String file : List.of("number-words.tsv", "modifiers.tsv", "vague-counts.tsv", "casualty-words.tsv", "victim-nouns.tsv", "no-casualties.tsv")) {
            int columns = switch (file) { case "number-words.tsv" -> 4; case "casualty-words.tsv" -> 5; case "victim-nouns.tsv", "modifiers.tsv", "vague-counts.tsv" -> 3; default -> 2; };
            List<LexiconFile.Row> rows = LexiconFile.read(LexiconFile.class, file, columns);
            assertFalse(rows.isEmpty(), file);
            for (LexiconFile.Row r : rows) assertFalse(r.get(columns - 1).isBlank(), r.origin());
        }
    }

    @Test
    void badFilesAreNamedWithTheirLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LexiconFile.read(LexiconFile.class, "modifiers.tsv", 4));
        assertTrue(e.getMessage().matches("org/sitrep/quantity/modifiers.tsv:\\d+: expected 4 tab-separated columns, found 3"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> LexiconFile.read(LexiconFile.class, "missing.tsv", 2));
        assertTrue(e.getMessage().contains("missing.tsv"), e.getMessage());
    }

    @Test
    void alternationPrefersLongerPhrasesAndAnySpace() {
        Pattern p = Pattern.compile(LexiconFile.alternation(List.of("more", "more than")));
        var m = p.matcher("more   than 5");
        assertTrue(m.find());
        assertEquals("more   than", m.group());
    }
}
