package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;
import org.sitrep.quantity.NumberParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class AnchoredRuleTest {
    private final AnchoredRule rule = new AnchoredRule(RuleProbe.LEXICON, new Counts(new NumberParser()));
    private static final java.time.LocalDate PUB = d("2017-01-20");
    private static final DateRange ANCHOR = DateRange.day(d("2016-11-05"));

    @Test
    void shiftsFromTheAnchor() {
        assertEquals(DateRange.day(d("2016-11-06")), RuleProbe.resolve(rule, "the next morning", PUB, ANCHOR));
        assertEquals(DateRange.day(d("2016-11-04")), RuleProbe.resolve(rule, "the previous day", PUB, ANCHOR));
        assertEquals(ANCHOR, RuleProbe.resolve(rule, "later that day", PUB, ANCHOR));
        assertEquals(DateRange.day(d("2016-11-09")), RuleProbe.resolve(rule, "four days later", PUB, ANCHOR));
        assertEquals(range("2016-11-09", "2016-11-15", 2), RuleProbe.resolve(rule, "a week later", PUB, ANCHOR));
    }

    @Test
    void uncountedDaysAndWeeks() {
        assertEquals(range("2016-10-30", "2016-11-03", 2), RuleProbe.resolve(rule, "Days earlier, the town fell.", PUB, ANCHOR));
        assertEquals(range("2016-11-12", "2016-12-03", 3), RuleProbe.resolve(rule, "Weeks later it fell.", PUB, ANCHOR));
    }

    @Test
    void aRangeAnchorShiftsWhole() {
        DateRange week = range("2016-10-31", "2016-11-06", 2);
        assertEquals(range("2016-11-01", "2016-11-07", 2), RuleProbe.resolve(rule, "the following day", PUB, week));
    }

    @Test
    void noAnchorNoDate() {
        assertNull(RuleProbe.resolve(rule, "the following day", PUB, null));
        assertNull(RuleProbe.matched(rule, "the day before yesterday"));
    }
}
