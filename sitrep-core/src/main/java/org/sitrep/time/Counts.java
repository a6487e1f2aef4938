package org.sitrep.time;

import org.sitrep.quantity.LexiconFile;
import org.sitrep.quantity.NumberParser;
import org.sitrep.quantity.Quantity;

import java.util.Optional;

/** How many units a relative expression counts ("two days ago", "a week later", "the past 10 days"), read by the {@link NumberParser}. */
final class Counts {
    private final NumberParser parser;
    private final String pattern;

    Counts(NumberParser parser) {
        this.parser = parser;
        String words = "(?i:" + LexiconFile.alternation(parser.vocabulary()) + ")\\b";
        pattern = "(?:\\d{1,4}(?!\\d)|" + words + "(?:[\\s-]+" + words + "){0,4})";
    }

    /** Regex for a count in digits or words; no groups. */
    String pattern() { return pattern; }

    /**
     * The count read from the end of {@code words}: "one three" (from "a second one three days later") is
     * three, skipping 4 characters. Null when no ending of the words is a positive number.
     */
    Read read(String words) {
        int at = 0;
        while (at < words.length()) {
            Integer v = value(words.substring(at));
            if (v != null) return new Read(v, at);
            int next = words.indexOf(' ', at);
            if (next < 0) break;
            at = next + 1;
            while (at < words.length() && words.charAt(at) == ' ') at++;
        }
        return null;
    }

    /** A count and how many characters of the matched words come before it. */
    record Read(int value, int skip) {}

    /** The count, or null when the words are not one number (or not a positive one). */
    Integer value(String words) {
        Optional<Quantity> q = parser.parse(words);
        return q.isPresent() && q.get().value() > 0 ? q.get().value() : null;
    }
}
