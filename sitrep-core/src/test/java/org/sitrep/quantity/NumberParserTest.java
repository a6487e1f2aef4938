package org.sitrep.quantity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberParserTest {
    private static final NumberParser PARSER = new NumberParser();

    private static void reads(String expression, int value, Modifier modifier) {
        Optional<Quantity> q = PARSER.parse(expression);
        assertTrue(q.isPresent(), "cannot read '" + expression + "'");
        assertEquals(value, q.get().value(), expression);
        assertEquals(modifier, q.get().modifier(), expression);
        assertEquals(expression.length(), q.get().span().end(), expression);
    }

    @Test
    void modifiersKeepTheStatedFigure() {
        reads("over 20", 20, Modifier.MORE_THAN);
        reads("more than 71", 71, Modifier.MORE_THAN);
        reads("at least 80", 80, Modifier.AT_LEAST);
        reads("about 150", 150, Modifier.ABOUT);
        reads("some 150", 150, Modifier.ABOUT);
        // a ceiling: the report's figure is the only one it gives, and ACLED codes the figure given
        reads("nearly 40", 40, Modifier.AT_MOST);
        reads("up to 30", 30, Modifier.AT_MOST);
        reads("More than six thousand", 6000, Modifier.MORE_THAN);
    }

    @Test
    void vagueWordsTakeAcledsValues() {
        reads("dozens", 12, Modifier.VAGUE);
        reads("tens", 10, Modifier.VAGUE);
        reads("scores", 20, Modifier.VAGUE);
        reads("hundreds", 100, Modifier.VAGUE);
        reads("thousands", 1000, Modifier.VAGUE);
        reads("tens of thousands", 10000, Modifier.VAGUE);
        reads("several", 3, Modifier.VAGUE);
        reads("a dozen", 12, Modifier.EXACT);
        reads("two dozen", 24, Modifier.EXACT);
    }

    @Test
    void wordsAndDigits() {
        reads("six thousand", 6000, Modifier.EXACT);
        reads("1,200", 1200, Modifier.EXACT);
        reads("twenty-five", 25, Modifier.EXACT);
        reads("twenty five", 25, Modifier.EXACT);
        reads("one hundred and twenty", 120, Modifier.EXACT);
        reads("three thousand five hundred", 3500, Modifier.EXACT);
        reads("2.5 million", 2_500_000, Modifier.EXACT);
        reads("a", 1, Modifier.EXACT);
        String[] small = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"};
        for (int i = 0; i < small.length; i++) reads(small[i], i + 1, Modifier.EXACT);
        reads("Eleven", 11, Modifier.EXACT);
    }

    @Test
    void notNumbers() {
        for (String s : new String[]{"Tu-22M3", "4th", "M4", "hundred", "the", "", "1,2", "over", "twenty twenty", "10-year-old", "three-day"})
            assertTrue(PARSER.parse(s).isEmpty(), s);
    }

    @Test
    void findsEveryExpressionInAText() {
        String text = "More than six thousand troops and about 150 vehicles took part; 1,200 fled and dozens of families stayed in M4 towns.";
        List<Quantity> found = PARSER.find(text);
        assertEquals(List.of("More than six thousand", "about 150", "1,200", "dozens"), found.stream().map(q -> q.span().of(text)).toList());
        assertEquals(List.of(6000, 150, 1200, 12), found.stream().map(Quantity::value).toList());
        assertTrue(PARSER.find("a man and a woman").isEmpty(), "bare articles are no counts in running text");
        assertEquals(12, PARSER.at("they killed a dozen guards", 12).orElseThrow().value());
    }

    @Test
    void hugeOrOddInputDoesNotThrow() {
        assertTrue(PARSER.parse("99999999999999999999").isEmpty());
        assertTrue(PARSER.find(null).isEmpty());
        assertTrue(PARSER.at("x", 5).isEmpty());
        PARSER.find("thousand thousand million million hundred and and - - 1,,,2 .5.5.5");
    }

    @Test
    void vocabularyOffersTheWordsForOtherRecognisers() {
        assertTrue(PARSER.vocabulary().containsAll(List.of("two", "dozen", "dozens", "a few", "a")));
    }
}
