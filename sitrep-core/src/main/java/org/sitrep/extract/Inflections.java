package org.sitrep.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** Regular English inflections of a lemma, for matching raw words before the sentence is tagged. */
final class Inflections {
    private Inflections() {}

    static Set<String> of(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        out.add(lemma + "s");
        out.add(lemma + "es");
        if (lemma.endsWith("e")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.add(lemma + "d");
            out.add(stem + "ing");
        } else if (lemma.endsWith("y") && lemma.length() > 2 && !isVowel(lemma.charAt(lemma.length() - 2))) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(lemma + "ing");
        } else {
            out.add(lemma + "ed");
            out.add(lemma + "ing");
            char last = lemma.charAt(lemma.length() - 1);
            if (lemma.length() >= 3 && !isVowel(last) && isVowel(lemma.charAt(lemma.length() - 2))
                    && !isVowel(lemma.charAt(lemma.length() - 3)) && "wxy".indexOf(last) < 0) {
                out.add(lemma + last + "ed");
                out.add(lemma + last + "ing");
            }
        }
        return out;
    }

    private static boolean isVowel(char c) { return "aeiou".indexOf(c) >= 0; }
}
