package org.sitrep.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class WeekRuleTest {
    private final WeekRule rule = new WeekRule();

    @Test
    void isoWeeksOfThePublishedDate() {
        // Thursday 5 January 2017: its ISO week starts on Monday 2 January
        assertEquals(range("2017-01-02", "2017-01-05", 2), RuleProbe.resolve(rule, "this week", d("2017-01-05")));
        assertEquals(range("2016-12-26", "2017-01-01", 2), RuleProbe.resolve(rule, "last week", d("2017-01-05")));
        assertEquals(range("2016-12-26", "2017-01-01", 2), RuleProbe.resolve(rule, "late last week", d("2017-01-05")));
    }

    @Test
    void weekends() {
        assertEquals(range("2016-12-31", "2017-01-01", 2), RuleProbe.resolve(rule, "last weekend", d("2017-01-05")));
        assertEquals(range("2016-12-31", "2017-01-01", 2), RuleProbe.resolve(rule, "this weekend", d("2017-01-02")));
        assertEquals(range("2016-12-31", "2017-01-01", 2), RuleProbe.resolve(rule, "over the weekend", d("2017-01-01")));
        assertEquals(range("2016-12-31", "2017-01-01", 2), RuleProbe.resolve(rule, "this past weekend", d("2017-01-03")));
        assertEquals(null, RuleProbe.matched(rule, "the past week"), "a window, not a calendar week");
        // on a Saturday "this weekend" is that Saturday so far, "last weekend" the one before
        assertEquals(d("2017-01-07"), RuleProbe.resolve(rule, "this weekend", d("2017-01-07")).from());
        assertEquals(range("2016-12-31", "2017-01-01", 2), RuleProbe.resolve(rule, "last weekend", d("2017-01-07")));
    }

    @Test
    void futureAndUnknown() {
        assertNull(RuleProbe.resolve(rule, "next week", d("2017-01-05")));
        assertNull(RuleProbe.resolve(rule, "this week", null));
    }
}
