package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class RelativeDayRuleTest {
    private final RelativeDayRule rule = new RelativeDayRule(RuleProbe.LEXICON);

    @Test
    void phrasesFromTheResourceFile() {
        assertEquals(DateRange.day(d("2016-11-23")), RuleProbe.resolve(rule, "a release issued yesterday", d("2016-11-24")));
        assertEquals(DateRange.day(d("2016-11-24")), RuleProbe.resolve(rule, "Earlier today, a bomb", d("2016-11-24")));
        assertEquals("Earlier today", RuleProbe.matched(rule, "Earlier today, a bomb"));
        assertEquals(range("2016-11-22", "2016-11-24", 1), RuleProbe.resolve(rule, "in the past 48 hours", d("2016-11-24")));
        assertEquals(DateRange.day(d("2016-11-25")), RuleProbe.resolve(rule, "tomorrow", d("2016-11-24")));
        assertNull(RuleProbe.resolve(rule, "today", null));
        assertNull(RuleProbe.matched(rule, "todays"));
    }
}
