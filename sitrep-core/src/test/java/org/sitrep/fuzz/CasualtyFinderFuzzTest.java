package org.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.quantity.Casualty;
import org.sitrep.quantity.CasualtyFinder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the fatality reader: counts are null (no figure) or non-negative, the report's span and the victims'
 * span point into the sentence, and the victims are the words at their span.
 */
class CasualtyFinderFuzzTest {
    private static final CasualtyFinder CASUALTIES = new CasualtyFinder();

    @FuzzTest(maxDuration = "3m")
    void casualtiesHaveNonNegativeCountsInsideTheSentence(FuzzedDataProvider data) {
        String sentence = data.consumeRemainingAsString();
        List<Casualty> found = TimeBound.within("CasualtyFinder.find", () -> CASUALTIES.find(sentence));
        for (Casualty c : found) {
            assertNotNull(c.kind(), "casualty without a kind");
            SpanChecks.inside(c.span(), sentence, "casualty");
            assertTrue(c.count() == null || c.count() >= 0, () -> "negative count " + c);
            if (c.victimsSpan() != null) {
                SpanChecks.inside(c.victimsSpan(), sentence, "victims");
                assertEquals(c.victimsSpan().of(sentence), c.victims(), "victims are not the words at their span");
            }
        }
        assertEquals(found, CASUALTIES.find(sentence), "two runs on the same sentence differ");
    }
}
