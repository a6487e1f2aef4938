package org.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.model.DateMention;
import org.sitrep.time.DateExpressionFinder;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the date resolver against a fixed published date and against any date LocalDate can hold (years
 * -999999999..999999999: a broken CMS field, a hostile page). Reports tell the past: no date may end more than a
 * day after publication (time zones). Mentions come in reading order and never overlap.
 */
class DateExpressionFinderFuzzTest {
    private static final DateExpressionFinder FINDER = new DateExpressionFinder();
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 3, 1);

    @FuzzTest(maxDuration = "3m")
    void datesAgainstAFixedPublishedDate(FuzzedDataProvider data) {
        check(data.consumeRemainingAsString(), PUBLISHED);
    }

    @FuzzTest(maxDuration = "3m")
    void datesAgainstAnyPublishedDate(FuzzedDataProvider data) {
        long epochDay = data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
        LocalDate published = data.consumeBoolean() ? null : LocalDate.ofEpochDay(epochDay);
        check(data.consumeRemainingAsString(), published);
    }

    private static void check(String text, LocalDate published) {
        List<DateMention> mentions = TimeBound.within("DateExpressionFinder.find",
                () -> FINDER.find(text, published));
        int after = 0;
        for (DateMention m : mentions) {
            SpanChecks.inside(m.span(), text, "date");
            assertEquals(m.span().of(text), m.text(), "mention text is not the text at its span");
            assertFalse(m.text().isEmpty(), "empty date mention");
            assertTrue(m.span().start() >= after, () -> "mentions overlap or go backwards at " + m.span());
            after = m.span().end();
            if (published != null && published.isBefore(LocalDate.MAX)) {
                assertFalse(m.range().to().isAfter(published.plusDays(1)),
                        () -> "'" + m.text() + "' ends " + m.range().to() + ", after the published " + published);
            }
        }
        assertEquals(mentions, FINDER.find(text, published), "two runs on the same text differ");
    }
}
