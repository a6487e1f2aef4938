package org.sitrep.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The nouns of place-nouns.tsv: which words introduce, end or qualify a place name. */
final class PlaceNouns {
    enum Role { BEFORE_OF, AFTER_KEEP, AFTER_DROP, REGION }

    private final Map<String, Role> before = new HashMap<>();
    private final Map<String, Role> after = new HashMap<>();

    PlaceNouns() {
        for (String[] row : LexiconFile.rows("place-nouns.tsv", 2)) {
            Role r = Role.valueOf(row[1]);
            (r == Role.BEFORE_OF ? before : after).put(row[0].toLowerCase(Locale.ROOT), r);
        }
    }

    boolean introduces(String word) { return before.containsKey(word.toLowerCase(Locale.ROOT)); }

    /** The role of a noun that follows a name ("airbase", "farms", "province"), or null. */
    Role after(String words) { return after.get(words.toLowerCase(Locale.ROOT)); }

    /** Longest "after" noun (one or two words) at the start of {@code rest}; returns its length in chars or 0. */
    int afterLength(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        int best = 0;
        for (String k : after.keySet()) {
            if (lower.startsWith(k) && k.length() > best && (lower.length() == k.length() || !Character.isLetter(lower.charAt(k.length()))))
                best = k.length();
        }
        return best;
    }

    /** The "after" nouns as a regex alternation, longest first. */
    String afterAlternation() {
        return after.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    String afterWord(String rest) {
        int n = afterLength(rest);
        return n == 0 ? null : rest.substring(0, n);
    }
}
