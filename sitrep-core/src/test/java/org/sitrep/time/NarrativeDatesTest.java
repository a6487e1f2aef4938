package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.time.RuleProbe.d;

class NarrativeDatesTest {
    private static final DateExpressionFinder FINDER = new DateExpressionFinder();
    private static final LocalDate PUB = d("2019-01-07");
    private static final String TEXT = String.join("\n",
            "Aircraft hit depots near the river.",
            "On January 4th, a brigade changed sides. It handed its posts to the rival group.",
            "The rival group then took two towns.",
            "",
            "On January 5 and January 6, raids went on. The following day both groups were dissolved.",
            "Elsewhere a third group regrouped.");

    private static Span sentence(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void aSentenceWithItsOwnDateUsesIt() {
        NarrativeDates dates = NarrativeDates.of(FINDER, TEXT, PUB);
        NarrativeDates.DateInForce d = dates.dateFor(sentence("On January 4th, a brigade changed sides."));
        assertEquals(NarrativeDates.Basis.SENTENCE, d.basis());
        assertEquals(DateRange.day(d("2019-01-04")), d.range());
        assertEquals("January 4th", d.mention().text());
    }

    @Test
    void anUndatedSentenceTakesTheLastDateBeforeIt() {
        NarrativeDates dates = NarrativeDates.of(FINDER, TEXT, PUB);
        NarrativeDates.DateInForce same = dates.dateFor(sentence("It handed its posts to the rival group."));
        assertEquals(NarrativeDates.Basis.NARRATIVE, same.basis());
        assertEquals(DateRange.day(d("2019-01-04")), same.range());
        // the next paragraph still runs on that date
        assertEquals(DateRange.day(d("2019-01-04")), dates.dateFor(sentence("The rival group then took two towns.")).range());
        // "the following day" is itself a date, after January 5-6
        assertEquals(DateRange.day(d("2019-01-07")), dates.dateFor(sentence("The following day both groups were dissolved.")).range());
        assertEquals(DateRange.day(d("2019-01-07")), dates.dateFor(sentence("Elsewhere a third group regrouped.")).range());
    }

    @Test
    void beforeAnyDateTheReportIsDatedAsACLEDDatesUndatedReports() {
        NarrativeDates.DateInForce d = NarrativeDates.of(FINDER, TEXT, PUB).dateFor(sentence("Aircraft hit depots near the river."));
        assertEquals(NarrativeDates.Basis.PUBLISHED, d.basis());
        assertEquals(new DateRange(d("2019-01-01"), PUB, 2), d.range());
        assertNull(d.mention());
        assertNull(NarrativeDates.of(FINDER, TEXT, null).dateFor(sentence("Aircraft hit depots near the river.")));
    }

    @Test
    void theNarrativeCanBeBoundToRecentParagraphs() {
        NarrativeDates own = new NarrativeDates(TEXT, PUB, FINDER.find(TEXT, PUB), 0);
        assertEquals(NarrativeDates.Basis.PUBLISHED, own.dateFor(sentence("The rival group then took two towns.")).basis());
        NarrativeDates one = new NarrativeDates(TEXT, PUB, FINDER.find(TEXT, PUB), 1);
        assertEquals(NarrativeDates.Basis.NARRATIVE, one.dateFor(sentence("The rival group then took two towns.")).basis());
    }

    @Test
    void mentionsAndLookups() {
        NarrativeDates dates = NarrativeDates.of(FINDER, TEXT, PUB);
        assertEquals(List.of("January 4th", "January 5 and January 6", "The following day"), dates.mentions().stream().map(m -> m.text()).toList());
        assertTrue(dates.lastBefore(0).isEmpty());
        assertEquals(1, dates.within(sentence("On January 5 and January 6, raids went on.")).size());
        assertEquals(new DateRange(d("2019-01-01"), PUB, 2), NarrativeDates.undated(PUB));
    }
}
