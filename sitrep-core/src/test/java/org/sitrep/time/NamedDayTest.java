package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.quantity.LexiconFile;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.time.RuleProbe.d;

class NamedDayTest {
    private static final LexiconFile.Row ROW = new LexiconFile.Row(List.of("x", "y", "test"), "named-days.tsv:9");

    @Test
    void rules() {
        assertEquals(d("2016-11-24"), NamedDay.parse("nth:11:4:4", ROW).in(2016));
        assertEquals(d("2016-05-30"), NamedDay.parse("last:5:1", ROW).in(2016));
        assertEquals(d("2016-12-25"), NamedDay.parse("fixed:12-25", ROW).latestNotAfter(d("2017-01-01")));
    }

    @Test
    void badRulesNameTheirLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NamedDay.parse("fixed:02-30", ROW));
        assertTrue(e.getMessage().startsWith("named-days.tsv:9"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> NamedDay.parse("easter", ROW));
        assertThrows(IllegalStateException.class, () -> NamedDay.parse("nth:11:6:4", ROW));
    }
}
