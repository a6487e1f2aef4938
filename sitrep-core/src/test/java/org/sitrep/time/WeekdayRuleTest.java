package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;

class WeekdayRuleTest {
    private final WeekdayRule rule = new WeekdayRule(RuleProbe.LEXICON);
    /** A Wednesday. */
    private static final java.time.LocalDate WED = d("2016-10-19");

    @Test
    void latestNotAfterPublished() {
        assertEquals(DateRange.day(d("2016-10-17")), RuleProbe.resolve(rule, "on Monday", WED));
        assertEquals(DateRange.day(d("2016-10-19")), RuleProbe.resolve(rule, "on Wednesday", WED));
        assertEquals(DateRange.day(d("2016-10-13")), RuleProbe.resolve(rule, "Thursday's raid", WED));
    }

    @Test
    void lastMeansStrictlyBefore() {
        assertEquals(DateRange.day(d("2016-10-12")), RuleProbe.resolve(rule, "last Wednesday", WED));
        assertEquals("last Wednesday", RuleProbe.matched(rule, "last Wednesday"));
    }

    @Test
    void futureWeekdaysClaimTheirWordsButGiveNoDate() {
        assertEquals("next Friday", RuleProbe.matched(rule, "talks next Friday"));
        assertNull(RuleProbe.resolve(rule, "talks next Friday", WED));
        assertNull(RuleProbe.resolve(rule, "on Monday", null));
    }
}
