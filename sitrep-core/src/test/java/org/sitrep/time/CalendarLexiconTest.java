package org.sitrep.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarLexiconTest {
    private final CalendarLexicon lexicon = RuleProbe.LEXICON;

    @Test
    void monthsAndWeekdaysFromTheResourceFiles() {
        assertEquals(Month.SEPTEMBER, lexicon.month("Sept."));
        assertEquals(Month.MAY, lexicon.month("May"));
        assertEquals(DayOfWeek.THURSDAY, lexicon.weekday("Thurs"));
        assertEquals("WEEKS2", lexicon.unit("fortnight"));
        assertEquals(-1, lexicon.relativeDays("Yesterday").fromOffset());
        assertTrue(lexicon.standsAlone("December"));
        assertFalse(lexicon.standsAlone("May"));
        assertFalse(lexicon.standsAlone("Dec"));
    }

    @Test
    void capitalisedOnlyMonthsAreCaseSensitive() {
        Pattern month = Pattern.compile("^" + lexicon.month() + "$");
        assertTrue(month.matcher("May").matches());
        assertTrue(month.matcher("MARCH").matches());
        assertFalse(month.matcher("may").matches());
        assertTrue(month.matcher("december").matches());
        assertTrue(month.matcher("Sept.").matches());
        assertFalse(month.matcher("December.").matches(), "a full name takes no dot: that is the sentence's");
    }
}
