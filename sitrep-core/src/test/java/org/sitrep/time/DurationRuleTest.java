package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;
import org.sitrep.quantity.NumberParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class DurationRuleTest {
    private final DurationRule rule = new DurationRule(RuleProbe.LEXICON, new Counts(new NumberParser()));
    private static final java.time.LocalDate PUB = d("2016-10-25");

    @Test
    void ago() {
        assertEquals(DateRange.day(d("2016-10-17")), RuleProbe.resolve(rule, "eight days ago", PUB));
        assertEquals(range("2016-10-08", "2016-10-14", 2), RuleProbe.resolve(rule, "two weeks ago", PUB));
        assertEquals(range("2016-08-01", "2016-08-31", 3), RuleProbe.resolve(rule, "two months ago", PUB));
        assertEquals(range("2016-10-20", "2016-10-25", 2), RuleProbe.resolve(rule, "a few days ago", PUB));
    }

    @Test
    void windowsEndingAtPublished() {
        assertEquals(range("2016-10-22", "2016-10-25", 2), RuleProbe.resolve(rule, "over the past three days", PUB));
        assertEquals(range("2016-10-18", "2016-10-25", 2), RuleProbe.resolve(rule, "the past week", PUB));
        assertEquals(range("2016-09-25", "2016-10-25", 3), RuleProbe.resolve(rule, "in the last 30 days", PUB));
        assertEquals(range("2016-10-11", "2016-10-25", 2), RuleProbe.resolve(rule, "in less than a fortnight", PUB));
        assertNull(RuleProbe.matched(rule, "last week"), "a calendar week, for WeekRule");
        assertEquals(range("2016-10-04", "2016-10-25", 3), RuleProbe.resolve(rule, "over the past weeks", PUB));
        assertEquals(range("2016-10-22", "2016-10-25", 2), RuleProbe.resolve(rule, "in the past days", PUB));
    }

    @Test
    void hours() {
        assertEquals(range("2016-10-24", "2016-10-25", 1), RuleProbe.resolve(rule, "just a few hours ago", PUB));
        assertEquals(range("2016-10-23", "2016-10-24", 1), RuleProbe.resolve(rule, "36 hours ago", PUB));
        assertEquals(range("2016-10-22", "2016-10-25", 2), RuleProbe.resolve(rule, "in the past 72 hours", PUB));
    }

    @Test
    void weeksOn() {
        assertEquals("three weeks on", RuleProbe.matched(rule, "three weeks on from the blast"));
        assertEquals(range("2016-10-19", "2016-10-25", 2), RuleProbe.resolve(rule, "Two weeks on, nothing has changed.", PUB));
        assertNull(RuleProbe.matched(rule, "They spent two days on the front line."));
    }
}
