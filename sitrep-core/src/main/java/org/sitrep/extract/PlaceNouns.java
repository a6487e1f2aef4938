package org.sitrep.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The nouns of place-nouns.tsv: which words introduce, end or qualify a place name. */
final class PlaceNouns {
    enum Role { BEFORE_OF, AFTER_KEEP, AFTER_DROP, REGION }

    private final Map<String, Role> before = new HashMap<>();
    private final Map<String, Role> after = new HashMap<>();

    private final java.util.Set<String> titles = new java.util.HashSet<>();

    PlaceNouns() {
        for (String[] row : LexiconFile.rows("person-titles.txt", 1)) titles.add(row[0]);
        for (String[] row : LexiconFile.rows("place-nouns.tsv", 2)) {
            Role r = Role.valueOf(row[1]);
            (r == Role.BEFORE_OF ? before : after).put(row[0].toLowerCase(Locale.ROOT), r);
        }
    }

    /** A name that carries a person's title or rank. */
    boolean isPersonName(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s.]+")) if (titles.contains(w)) return true;
        return false;
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

    /** The nouns that introduce a name ("town", "villages"), as a regex alternation. */
    String beforeAlternation() {
        return before.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
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
