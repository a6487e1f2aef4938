package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class PastDatesTest {
    @Test
    void latestDayMonthAndWeekday() {
        assertEquals(d("2016-12-26"), PastDates.latestDay(Month.DECEMBER, 26, d("2017-01-05")));
        assertEquals(d("2016-02-29"), PastDates.latestDay(Month.FEBRUARY, 29, d("2019-01-01")));
        assertNull(PastDates.latestDay(Month.APRIL, 31, d("2019-01-01")));
        assertEquals(YearMonth.of(2016, 12), PastDates.latestMonth(Month.DECEMBER, d("2017-01-05")));
        assertEquals(d("2017-01-02"), PastDates.latestWeekday(DayOfWeek.MONDAY, d("2017-01-05"), false));
        assertEquals(d("2016-12-29"), PastDates.latestWeekday(DayOfWeek.THURSDAY, d("2017-01-05"), true));
    }

    @Test
    void clipAndAbsurdYears() {
        assertEquals(range("2017-01-02", "2017-01-05", 2), PastDates.clip(range("2017-01-02", "2017-01-08", 2), d("2017-01-05")));
        assertNull(PastDates.clip(range("2017-01-07", "2017-01-08", 2), d("2017-01-05")));
        assertEquals(DateRange.day(d("2017-01-06")), PastDates.clip(DateRange.day(d("2017-01-06")), d("2017-01-05")));
        assertNull(PastDates.date(2999, 1, 1));
        assertNull(PastDates.date(0, 1, 1));
        assertNull(PastDates.date(2016, 2, 30));
        assertEquals(d("2017-01-02"), PastDates.isoWeekStart(d("2017-01-08")));
    }
}
