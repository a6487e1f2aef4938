package org.sitrep.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the tokens actor names are matched on, keeping character offsets.
 *
 * <p>Why these rules: transliterated Arabic names reach us in many spellings, so matching is on a
 * folded key (case, diacritics, apostrophes of every form, doubled letters, ay/ey/ei, a final -ah),
 * which makes "Hay'at", "Hay’at", "Hayat" and "Hayyat" one key, and "Jaysh", "Jaish", "Jeish" another.
 * Hyphens between letters join nothing: "al-Nusra", "al Nusra" and "Al-Nusra" give the same tokens.
 * A possessive "'s" is split off ("SAA's" is SAA + ' + s) so a name still ends at a token boundary.
 * Dotted initials are one token: "U.S." has the surface "US".
 */
final class PhraseTokenizer {
    /** One token: [start, end) in the text, its surface (as written, apostrophes unified, dots of initials dropped) and its folded key. */
    record Token(int start, int end, String surface, String key) {}

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private PhraseTokenizer() {}

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '`' || c == '´' || c == 'ʻ' || c == 'ʿ' || c == 'ʾ' || c == '′';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '—' || c == '−';
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                StringBuilder surface = new StringBuilder();
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) { surface.append(d); i++; continue; }
                    if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && !possessive(text, i)) {
                        surface.append('\''); i++; continue;
                    }
                    break;
                }
                // dotted initials: U.S., U.K., U.N.
                if (i - s == 1 && Character.isUpperCase(c) && i + 2 < n && text.charAt(i) == '.'
                        && Character.isUpperCase(text.charAt(i + 1)) && text.charAt(i + 2) == '.') {
                    while (i + 2 < n && text.charAt(i) == '.' && Character.isUpperCase(text.charAt(i + 1)) && text.charAt(i + 2) == '.'
                            && (i + 3 >= n || !Character.isLetter(text.charAt(i + 3)))) {
                        surface.append(text.charAt(i + 1));
                        i += 3;
                    }
                }
                out.add(new Token(s, i, surface.toString(), fold(surface.toString())));
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (isHyphen(c) && i > 0 && i + 1 < n && !out.isEmpty() && out.get(out.size() - 1).end() == i
                    && Character.isLetterOrDigit(out.get(out.size() - 1).surface().charAt(0))
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++; // a joining hyphen: "al-Nusra" reads as "al Nusra"
            } else {
                String p = isApostrophe(c) ? "'" : isHyphen(c) ? "-" : String.valueOf(c);
                out.add(new Token(i, i + 1, p, p));
                i++;
            }
        }
        return out;
    }

    /** An apostrophe followed by a lone s ("SAA's") is a possessive, not part of the name. */
    private static boolean possessive(String text, int i) {
        int n = text.length();
        return i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    /** The matching key of one token. */
    static String fold(String surface) {
        String s = ascii(surface) ? surface.toLowerCase(Locale.ROOT)
                : MARKS.matcher(Normalizer.normalize(surface, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') continue;
            if (b.length() > 0 && b.charAt(b.length() - 1) == c && Character.isLetter(c)) continue;
            b.append(c);
        }
        String k = b.toString().replace("ay", "ai").replace("ey", "ai").replace("ei", "ai");
        if (k.length() > 4 && k.endsWith("ah")) k = k.substring(0, k.length() - 1);
        return k;
    }
}
