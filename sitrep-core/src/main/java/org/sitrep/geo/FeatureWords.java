package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what kind of place a name is ("Kuweires airbase", "Tishrin Dam"), from
 * {@code feature-words.tsv}, with the GeoNames feature codes they point to. Immutable.
 */
final class FeatureWords {
    private static final FeatureWords STANDARD = new FeatureWords();

    /** Longest phrase first, so "military airbase" wins over "airbase" and "base". */
    private final Map<String, List<String>> codes = new LinkedHashMap<>();
    private final Map<String, Pattern> trailing = new LinkedHashMap<>();
    private final Map<String, Pattern> anywhere = new LinkedHashMap<>();
    /** Last words of the phrases: a cheap test before any pattern runs (imports call this for every name). */
    private final java.util.Set<String> lastWords = new java.util.HashSet<>();

    private FeatureWords() {
        List<String[]> rows = new ArrayList<>(Geocoder.rows("feature-words.tsv", 3));
        rows.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        for (String[] r : rows) {
            String w = r[0].toLowerCase(Locale.ROOT).trim();
            codes.put(w, List.of(r[1].split(",")));
            lastWords.add(w.substring(w.lastIndexOf(' ') + 1));
            String words = Pattern.quote(w).replace(" ", "\\E\\s+\\Q");
            trailing.put(w, Pattern.compile("(?iu)\\s+" + words + "$"));
            anywhere.put(w, Pattern.compile("(?iu)(?:^|\\s)(?:the\\s+)?" + words + "(?:\\s+of)?(?=\\s|$)"));
        }
    }

    static FeatureWords standard() { return STANDARD; }

    /** The name without kind words at its end: "Kuweires Military Airbase" → "Kuweires"; null when nothing is left. */
    String withoutTrailing(String name) {
        String s = name.trim();
        String last = s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!lastWords.contains(last)) return null;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Pattern p : trailing.values()) {
                Matcher m = p.matcher(s);
                if (m.find() && m.start() > 0) {
                    s = s.substring(0, m.start()).trim();
                    changed = true;
                    break;
                }
            }
        }
        return s.equals(name.trim()) || s.isEmpty() ? null : s;
    }

    /** Removes kind words from a query, adding the feature codes they point to. */
    String strip(String query, List<String> wanted) {
        String out = query;
        for (Map.Entry<String, Pattern> e : anywhere.entrySet()) {
            Matcher m = e.getValue().matcher(out);
            if (m.find()) {
                wanted.addAll(codes.get(e.getKey()));
                out = (out.substring(0, m.start()) + " " + out.substring(m.end())).trim();
            }
        }
        return out.replaceFirst("(?iu)^the\\s+", "");
    }
}
