package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.quantity.NumberParser;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountsTest {
    private final Counts counts = new Counts(new NumberParser());

    @Test
    void wordsAndDigits() {
        assertEquals(2, counts.value("two"));
        assertEquals(1, counts.value("a"));
        assertEquals(25, counts.value("twenty-five"));
        assertEquals(10, counts.value("10"));
        assertEquals(2, counts.value("a few"));
        assertNull(counts.value("zero"));
        assertNull(counts.value("seven eight"));
        assertTrue(Pattern.compile("^" + counts.pattern() + "$").matcher("twenty-five").matches());
    }

    @Test
    void readsTheCountAtTheEnd() {
        assertEquals(new Counts.Read(3, 4), counts.read("one three"));
        assertEquals(new Counts.Read(2, 0), counts.read("two"));
        assertNull(counts.read("zero"));
    }
}
