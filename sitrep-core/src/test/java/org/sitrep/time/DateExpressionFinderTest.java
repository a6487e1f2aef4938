package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateMention;
import org.sitrep.model.DateRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.time.RuleProbe.d;
import static org.sitrep.time.RuleProbe.range;

class DateExpressionFinderTest {
    private static final DateExpressionFinder FINDER = new DateExpressionFinder();
    /** A Tuesday. */
    private static final LocalDate PUB = d("2017-01-31");

    private static DateMention only(String text, LocalDate published) {
        List<DateMention> found = FINDER.find(text, published);
        assertEquals(1, found.size(), () -> "expected one mention in '" + text + "', got " + found);
        DateMention m = found.get(0);
        assertEquals(m.text(), m.span().of(text));
        return m;
    }

    private static void day(String text, LocalDate published, String expression, String iso) {
        DateMention m = only(text, published);
        assertEquals(expression, m.text());
        assertEquals(DateRange.day(d(iso)), m.range(), text);
    }

    @Test
    void abbreviatedMonthsWithAndWithoutSpace() {
        day("On Jan. 27 the brigade entered the village.", PUB, "Jan. 27", "2017-01-27");
        day("On Feb.7, two convoys crossed the bridge.", d("2016-02-08"), "Feb.7", "2016-02-07");
        day("The depot burned on Dec.14th after the raid.", d("2016-12-16"), "Dec.14th", "2016-12-14");
        day("Talks resumed on Sept. 3 in the capital.", d("2016-09-10"), "Sept. 3", "2016-09-03");
    }

    @Test
    void ordinalsAndStartingFrom() {
        day("Shelling was heard on January 4th near the dam.", d("2019-01-07"), "January 4th", "2019-01-04");
        day("Starting from January 4th, aircraft hit depots daily.", d("2019-01-07"), "January 4th", "2019-01-04");
    }

    @Test
    void coordinatedDaysAreOneMentionAtDayPrecision() {
        DateMention m = only("On March 5 and March 6, the militia held the hill.", d("2018-03-09"));
        assertEquals("March 5 and March 6", m.text());
        assertEquals(range("2018-03-05", "2018-03-06", 1), m.range());
        assertEquals(d("2018-03-05"), m.range().eventDate());
    }

    @Test
    void daysFurtherApartAreSeparateMentions() {
        assertEquals(List.of("Jan. 5", "Jan. 9"), FINDER.find("On Jan. 5 and Jan. 9 the town was hit.", PUB).stream().map(DateMention::text).toList());
        List<DateMention> two = FINDER.find("On 5 and 9 January the town was hit.", PUB);
        assertEquals(List.of("5", "9 January"), two.stream().map(DateMention::text).toList());
        assertEquals(DateRange.day(d("2017-01-05")), two.get(0).range());
        assertEquals(range("2017-01-31", "2017-02-01", 1), only("On Jan. 31 and Feb. 1 the town was hit.", d("2017-02-07")).range());
    }

    @Test
    void weekdayBeforeADayIsPartOfIt() {
        day("Thursday, Dec. 15 saw the heaviest raids.", d("2016-12-16"), "Thursday, Dec. 15", "2016-12-15");
        day("On Monday, Dec. 26 a drone hit the car.", d("2016-12-29"), "Monday, Dec. 26", "2016-12-26");
        day("It happened on Thursday 28 July, officials said.", d("2016-08-03"), "Thursday 28 July", "2016-07-28");
    }

    @Test
    void betweenTwoDaysIsARange() {
        DateMention m = only("Aircraft struck the bridges between 11-13 Dec. in the east.", d("2016-12-16"));
        assertEquals("between 11-13 Dec.", m.text());
        assertEquals(range("2016-12-11", "2016-12-13", 2), m.range());
        assertEquals(range("2016-12-11", "2016-12-12", 1), only("between 11 and 12 December", d("2016-12-16")).range());
    }

    @Test
    void datesWithYears() {
        day("The offensive began on Nov. 6, 2016 north of the city.", d("2016-11-07"), "Nov. 6, 2016", "2016-11-06");
        day("The pact was signed 6 December 2016 in Geneva.", d("2017-01-02"), "6 December 2016", "2016-12-06");
        day("Logged as 2016-01-27 in the register.", d("2016-02-01"), "2016-01-27", "2016-01-27");
        day("It was 27/01/2016, a cold day.", d("2016-02-01"), "27/01/2016", "2016-01-27");
    }

    @Test
    void aDayWithoutAYearIsTheLatestNotAfterPublished() {
        assertEquals(DateRange.day(d("2016-12-26")), only("Dec. 26", d("2016-12-29")).range());
        assertEquals(DateRange.day(d("2016-12-26")), only("Dec. 26", d("2017-01-05")).range());
        assertEquals(DateRange.day(d("2016-02-07")), only("Feb.7", d("2016-02-07")).range());
        // never the future: a 31 January report's "Feb. 7" is last year's
        assertEquals(DateRange.day(d("2016-02-07")), only("Feb. 7", d("2017-01-31")).range());
        // 29 February goes back to the last leap year
        assertEquals(DateRange.day(d("2016-02-29")), only("Feb. 29", d("2017-06-01")).range());
    }

    @Test
    void withoutAPublishedDateOnlyDatesWithAYearResolve() {
        assertTrue(FINDER.find("Dec. 26 and yesterday and last week", null).isEmpty());
        assertEquals(DateRange.day(d("2016-11-06")), only("Nov. 6, 2016", null).range());
    }

    @Test
    void absurdDatesAreRejectedNotThrown() {
        assertTrue(FINDER.find("On Feb. 30 and on 0000-01-01 and 31 April 2016", PUB).isEmpty());
        assertTrue(FINDER.find("in the year 2999: Jan. 5, 2999", PUB).isEmpty());
        assertTrue(FINDER.find("Jan. 5, 0000", null).isEmpty());
    }

    @Test
    void weekdaysAreTheLatestBeforePublished() {
        // PUB is Tuesday 31 January 2017
        day("The minister spoke on Monday in Moscow.", PUB, "Monday", "2017-01-30");
        day("A car bomb exploded last Wednesday.", PUB, "last Wednesday", "2017-01-25");
        day("The convoy was hit on Friday.", PUB, "Friday", "2017-01-27");
        day("Observers counted the dead on Tuesday.", PUB, "Tuesday", "2017-01-31");
        day("The strike came Sunday night.", PUB, "Sunday night", "2017-01-29");
        assertTrue(FINDER.find("They will meet next Monday.", PUB).isEmpty());
    }

    @Test
    void daysCountedFromPublished() {
        day("Three mortars fell today.", PUB, "today", "2017-01-31");
        day("Three mortars fell yesterday.", PUB, "yesterday", "2017-01-30");
        day("Guards were attacked this morning.", PUB, "this morning", "2017-01-31");
        day("Guards were attacked last night.", PUB, "last night", "2017-01-30");
        day("Two bombs went off two days ago.", PUB, "two days ago", "2017-01-29");
        assertEquals(range("2017-01-30", "2017-01-31", 1), only("Aircraft flew 30 sorties in the past 24 hours.", PUB).range());
        assertEquals(range("2017-01-30", "2017-01-31", 1), only("in the last 24 hours", PUB).range());
    }

    @Test
    void weeksAndWeekendsAreRanges() {
        assertEquals(range("2017-01-30", "2017-01-31", 2), only("Fighting flared this week.", PUB).range());
        assertEquals(range("2017-01-23", "2017-01-29", 2), only("Last week, the council met.", PUB).range());
        // a Monday report: last weekend is the Saturday and Sunday just before
        assertEquals(range("2016-02-06", "2016-02-07", 2), only("Last weekend, the allies moved north.", d("2016-02-08")).range());
        assertEquals(range("2017-01-21", "2017-01-27", 2), only("The siege began a week ago.", PUB).range());
        assertEquals(range("2017-01-17", "2017-01-31", 2), only("Over the past two weeks, supplies ran low.", PUB).range());
        assertEquals(range("2017-01-25", "2017-01-31", 2), only("Reinforcements arrived in recent days.", PUB).range());
        assertEquals(range("2017-01-17", "2017-01-31", 2), only("the second raid in less than two weeks", PUB).range());
        assertEquals(range("2017-01-25", "2017-01-31", 2), only("Three weeks on, the roads are still closed.", PUB).range());
    }

    @Test
    void monthsArePrecisionThree() {
        assertEquals(range("2017-01-01", "2017-01-31", 3), only("Earlier this month the town was shelled.", PUB).range());
        assertEquals(range("2016-12-01", "2016-12-31", 3), only("The raid happened early last month.", PUB).range());
        assertEquals(range("2016-12-01", "2016-12-31", 3), only("The dam was taken in December.", PUB).range());
        assertEquals(range("2016-05-01", "2016-05-31", 3), only("The truce collapsed in May.", PUB).range());
        assertEquals(range("2016-05-01", "2017-01-31", 3), only("The road has been cut since May.", PUB).range());
        assertEquals(range("2016-12-05", "2017-01-31", 3), only("Strikes since Dec. 5 number 900.", PUB).range());
        // "may" the verb and "march" the noun are no months
        assertTrue(FINDER.find("The army may march on the town; a march began.", PUB).isEmpty());
    }

    @Test
    void namedDays() {
        day("He died on Thanksgiving Day in the north.", d("2016-11-26"), "Thanksgiving Day", "2016-11-24");
        day("on Thanksgiving Day", d("2017-11-20"), "Thanksgiving Day", "2016-11-24");
    }

    @Test
    void followingDayResolvesAgainstTheNarrative() {
        List<DateMention> found = FINDER.find("On Dec. 6 the clinic was hit. The following day the army denied it.", d("2016-12-08"));
        assertEquals(2, found.size());
        assertEquals("The following day", found.get(1).text());
        assertEquals(DateRange.day(d("2016-12-07")), found.get(1).range());
        // in a sentence of its own, against the anchor the caller passes
        assertEquals(DateRange.day(d("2016-11-09")), FINDER.find("The city was cleared four days later.", d("2017-01-20"), d("2016-11-05")).get(0).range());
        assertEquals(DateRange.day(d("2016-12-05")), FINDER.find("The day before, it was quiet.", d("2016-12-08"), d("2016-12-06")).get(0).range());
        // no anchor, no date
        assertTrue(FINDER.find("The following day the army denied it.", d("2016-12-08")).isEmpty());
    }

    @Test
    void aFlashbackKeepsItsYear() {
        String history = "The sweep began in early March 2006 along the valley.\nOn 7 March the first village was cleared, and a second one three days later. On 12 March the column turned north.";
        List<DateMention> found = FINDER.find(history, d("2017-01-20"));
        assertEquals(List.of("2006-03-01", "2006-03-07", "2006-03-10", "2006-03-12"), found.stream().map(m -> m.range().from().toString()).toList());
        // background in another month does not move today's news into the past
        List<DateMention> news = FINDER.find("The town fell in August 2014. On Jan. 27 the army retook it.", d("2017-01-31"));
        assertEquals(DateRange.day(d("2017-01-27")), news.get(1).range());
        // a date near the report ends the flashback
        List<DateMention> back = FINDER.find("It began in March 2006. Today, on 7 March, the town is calm.", d("2017-03-08"));
        assertEquals(DateRange.day(d("2017-03-07")), back.get(2).range());
    }

    @Test
    void mentionsDoNotOverlapAndComeInReadingOrder() {
        String text = "On Monday, Dec. 26 and again last week, between 11-13 Dec., and today.";
        List<DateMention> found = FINDER.find(text, d("2016-12-29"));
        assertEquals(List.of("Monday, Dec. 26", "last week", "between 11-13 Dec.", "today"), found.stream().map(DateMention::text).toList());
        for (int i = 1; i < found.size(); i++) assertTrue(found.get(i - 1).span().end() <= found.get(i).span().start());
    }

    @Test
    void numbersAndModelNamesAreNoDates() {
        assertTrue(FINDER.find("Six Tu-22M3 bombers hit 129 targets with 22 tons; 80 militiamen, 150 villages.", PUB).isEmpty());
    }

    @Test
    void longRepetitiveTextStaysFast() {
        // quadratic back-tracking would take minutes here
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            FINDER.find("one ".repeat(20000), PUB);
            assertEquals(2000, FINDER.find("Jan. 5 and ".repeat(2000), PUB).size());
        });
    }

    @Test
    void neverThrowsAndNeverDatesTheFuture() {
        Random random = new Random(7);
        String alphabet = "0123456789 .,-/:Dec Jan May last next week day ago on the following since between and th st";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            LocalDate published = random.nextBoolean() ? null : d("2017-01-31").minusDays(random.nextInt(4000));
            for (DateMention m : FINDER.find(text, published)) {
                assertEquals(m.text(), m.span().of(text));
                if (published != null) assertFalse(m.range().to().isAfter(published.plusDays(1)), text + " -> " + m);
            }
        }
        assertTrue(FINDER.find(null, PUB).isEmpty());
        assertTrue(FINDER.find("", null).isEmpty());
        assertNull(null);
    }
}
