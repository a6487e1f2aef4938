package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;

class NamedDayRuleTest {
    private final NamedDayRule rule = new NamedDayRule(RuleProbe.LEXICON);

    @Test
    void fourthThursdayOfNovember() {
        assertEquals(DateRange.day(d("2016-11-24")), RuleProbe.resolve(rule, "on Thanksgiving Day", d("2016-11-26")));
        assertEquals(DateRange.day(d("2015-11-26")), RuleProbe.resolve(rule, "Thanksgiving", d("2016-11-23")));
        assertEquals(DateRange.day(d("2011-11-24")), RuleProbe.resolve(rule, "Thanksgiving Day 2011", d("2016-11-23")));
    }

    @Test
    void fixedDays() {
        assertEquals(DateRange.day(d("2016-12-25")), RuleProbe.resolve(rule, "on Christmas Day", d("2017-01-02")));
        assertEquals(DateRange.day(d("2016-12-31")), RuleProbe.resolve(rule, "New Year's Eve", d("2017-01-02")));
        assertNull(RuleProbe.resolve(rule, "Christmas Day", null));
    }
}
