package org.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.quantity.NumberParser;
import org.sitrep.quantity.Quantity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the number reader ("more than six thousand", "1,200", "dozens"): figures are never negative (a
 * death toll cannot be; an overflowing "9999999999" must not wrap round), spans point into the text, and
 * {@code find} gives its expressions left to right without overlap.
 */
class NumberParserFuzzTest {
    private static final NumberParser NUMBERS = new NumberParser();

    @FuzzTest(maxDuration = "3m")
    void findGivesNonNegativeFiguresInsideTheText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<Quantity> found = TimeBound.within("NumberParser.find", () -> NUMBERS.find(text));
        int after = 0;
        for (Quantity q : found) {
            SpanChecks.inside(q.span(), text, "number");
            assertTrue(q.value() >= 0, () -> "negative figure " + q);
            assertTrue(q.span().start() >= after, () -> "quantities overlap or go backwards at " + q.span());
            after = q.span().end();
        }
        assertEquals(found, NUMBERS.find(text), "two runs on the same text differ");
    }

    @FuzzTest(maxDuration = "3m")
    void parseReadsTheWholeExpressionOrNothing(FuzzedDataProvider data) {
        String expression = data.consumeRemainingAsString();
        Optional<Quantity> q = TimeBound.within("NumberParser.parse", () -> NUMBERS.parse(expression));
        q.ifPresent(v -> {
            SpanChecks.inside(v.span(), expression, "number");
            assertTrue(v.value() >= 0, () -> "negative figure " + v);
            assertEquals(expression.strip(), v.span().of(expression), "parse read only part of the expression");
        });
        assertEquals(q, NUMBERS.parse(expression), "two runs on the same expression differ");
    }
}
