package org.sitrep.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class MonthRuleTest {
    private final MonthRule rule = new MonthRule(RuleProbe.LEXICON);

    @Test
    void monthsWithAndWithoutYears() {
        assertEquals(range("2014-12-01", "2014-12-31", 3), RuleProbe.resolve(rule, "declared in December 2014", d("2015-03-02")));
        assertEquals(range("2016-10-01", "2016-10-31", 3), RuleProbe.resolve(rule, "in October", d("2017-01-14")));
        // the current month, up to the published date
        assertEquals(range("2017-01-01", "2017-01-14", 3), RuleProbe.resolve(rule, "in January", d("2017-01-14")));
        assertEquals("mid-November", RuleProbe.matched(rule, "by mid-November the lines held"));
    }

    @Test
    void relativeMonths() {
        assertEquals(range("2016-12-01", "2016-12-31", 3), RuleProbe.resolve(rule, "late last month", d("2017-01-14")));
        assertEquals(range("2017-01-01", "2017-01-14", 3), RuleProbe.resolve(rule, "earlier this month", d("2017-01-14")));
        assertNull(RuleProbe.resolve(rule, "next month", d("2017-01-14")));
    }

    @Test
    void ambiguousNamesNeedContext() {
        assertNull(RuleProbe.matched(rule, "May God protect them"));
        assertNull(RuleProbe.matched(rule, "the rebels may march"));
        assertEquals("since May", RuleProbe.matched(rule, "since May"));
        assertEquals("March 2011", RuleProbe.matched(rule, "March 2011"));
    }
}
