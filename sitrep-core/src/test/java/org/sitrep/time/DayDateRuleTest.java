package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class DayDateRuleTest {
    private final DayDateRule rule = new DayDateRule(RuleProbe.LEXICON);

    @Test
    void monthFirstAndDayFirst() {
        assertEquals("Oct. 17", RuleProbe.matched(rule, "since the push began Oct. 17, he said"));
        assertEquals(DateRange.day(d("2016-10-17")), RuleProbe.resolve(rule, "began Oct. 17", d("2016-12-13")));
        assertEquals("14th of December", RuleProbe.matched(rule, "on the 14th of December"));
        assertEquals(DateRange.day(d("2016-12-14")), RuleProbe.resolve(rule, "on the 14th of December", d("2017-03-01")));
    }

    @Test
    void runsOfDaysCrossingMonthsAndYears() {
        assertEquals(range("2016-12-30", "2017-01-02", 2), RuleProbe.resolve(rule, "from Dec. 30 to Jan. 2", d("2017-01-05")));
        assertEquals(range("2017-01-03", "2017-01-05", 2), RuleProbe.resolve(rule, "Jan. 3-5", d("2017-01-05")), "three days bounded, not each day");
        assertEquals(range("2017-01-03", "2017-01-04", 1), RuleProbe.resolve(rule, "Jan. 3-4", d("2017-01-05")));
    }

    @Test
    void numericForms() {
        assertEquals(DateRange.day(d("2017-01-27")), RuleProbe.resolve(rule, "2017/01/27", d("2017-02-01")));
        assertEquals(DateRange.day(d("2017-01-27")), RuleProbe.resolve(rule, "27.01.2017", d("2017-02-01")));
        assertEquals(DateRange.day(d("2017-01-05")), RuleProbe.resolve(rule, "05.01.2017", d("2017-02-01")), "dots are day first");
        assertEquals(DateRange.day(d("2017-01-27")), RuleProbe.resolve(rule, "01/27/2017", d("2017-02-01")));
        assertNull(RuleProbe.matched(rule, "1.5.2017.3"));
    }

    @Test
    void sinceADayRunsToPublished() {
        assertEquals(range("2017-01-03", "2017-01-05", 2), RuleProbe.resolve(rule, "since Jan. 3", d("2017-01-05")));
    }

    @Test
    void impossibleAndFutureDaysGiveNothing() {
        assertNull(RuleProbe.resolve(rule, "Feb. 31", d("2017-03-01")));
        assertNull(RuleProbe.resolve(rule, "Dec. 26, 2016", d("2016-12-20")));
        assertNull(RuleProbe.resolve(rule, "04/05/2016", d("2017-01-01")), "day and month cannot be told apart");
        assertNull(RuleProbe.resolve(rule, "Jan. 5", null));
    }

    @Test
    void distancesAndTimesAreNoDays() {
        assertNull(RuleProbe.matched(rule, "Jun 5km north"));
        assertNull(RuleProbe.matched(rule, "at 10:30"));
    }
}
