package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of an article that name a place under any of its spellings, compared with score.py's place keys
 * ("Tell Hamad" names "Tal Hamad"): what a person reads to see why a gold event was missed. A light splitter,
 * not the NLP pipeline: a miss must be explainable without loading the parser.
 */
public final class PlaceSentences {
    /** A stop, then blanks, then neither a lower-case word nor a number ("Jan. 1", "U.S. forces" stay whole). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’)]{0,3})\\s+(?=[^\\p{Ll}\\p{Nd}])|\\s*\\n\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BLANKS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Longest place name, in words, looked for ("Deir ez-Zor" is three after folding, "the village of X" four). */
    private static final int MAX_WORDS = 6;

    private final PlaceNames places;

    public PlaceSentences(PlaceNames places) { this.places = places; }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            String t = s.strip();
            if (t.codePoints().anyMatch(Character::isLetter)) out.add(t);
        }
        return out;
    }

    /** The sentences of {@code text} that contain one of {@code names}, in text order. */
    public List<String> naming(String text, Collection<String> names) {
        Set<String> keys = new HashSet<>();
        for (String n : names) keys.add(places.key(n));
        keys.remove("");
        List<String> out = new ArrayList<>();
        if (keys.isEmpty() || text == null) return out;
        for (String sentence : sentences(text)) if (names(sentence, keys)) out.add(sentence);
        return out;
    }

    private boolean names(String sentence, Set<String> keys) {
        String[] words = BLANKS.split(sentence);
        for (int i = 0; i < words.length; i++) {
            StringBuilder window = new StringBuilder();
            for (int k = i; k < Math.min(words.length, i + MAX_WORDS); k++) {
                if (k > i) window.append(' ');
                window.append(words[k]);
                if (keys.contains(places.key(trimPunctuation(window.toString())))) return true;
            }
        }
        return false;
    }

    private static String trimPunctuation(String s) {
        int from = 0, to = s.length();
        while (from < to && !Character.isLetterOrDigit(s.charAt(from))) from++;
        while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }
}
