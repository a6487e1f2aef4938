package org.sitrep.ingest;

/**
 * Removes characters that change nothing a reader sees but break matching: zero-width spaces and
 * joiners, bidi marks and embeddings (common around Arabic names in scraped text), byte-order marks,
 * soft hyphens and stray control characters. Arabic letters and every other visible character stay.
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {}

    static String strip(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean drop;
            char replacement = 0;
            if (c == '\r') {
                // CRLF and lone CR both become one newline
                drop = true;
                if (i + 1 >= n || text.charAt(i + 1) != '\n') replacement = '\n';
            } else {
                drop = isInvisible(c);
            }
            if (drop) {
                if (out == null) out = new StringBuilder(n).append(text, 0, i);
                if (replacement != 0) out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isInvisible(char c) {
        return switch (c) {
            case '\t', '\n' -> false;
            case '\u00AD', '\u061C', '\u180E', '\uFEFF' -> true;
            default -> c < 0x20 || (c >= 0x7F && c < 0xA0)
                    || (c >= '\u200B' && c <= '\u200F')
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2060' && c <= '\u2069')
                    || (c >= '\uFFF9' && c <= '\uFFFB');
        };
    }
}
