package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/**
 * Finds the spans of a text that name a gazetteer place: at each word the longest run of up to six words whose
 * key the gazetteer knows, starting and ending with a capitalised (or Arabic-script) word, articles allowed inside
 * and in front ("Ras al-Ain", "al-Bab", "Ash-Shafah" are kept whole). A generic head from
 * {@code place-name-heads.tsv} and a capitalised name ("Tal Hamad") are a place even when the gazetteer lacks it.
 * Words in {@code not-places.tsv} (months,
 * weekdays, common words, actor names) are never places, and a single word right after a capitalised word that is
 * neither a place nor a place word (a first name: "Mahmoud Abbas") or after a person's title is skipped.
 * Thread-safe.
 */
public final class PlaceRecognizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}'’ʿʾ\\-]*");
    private static final Pattern ARTICLE_WORD = Pattern.compile("(?i)(al|el|as|ash|ad|ar|az|at|an|ez|es|ed|er|ul)");
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile("(?i)(al|el|as|ash|ad|ar|az|at|an|ez|es|ed|er|ul)[-’'][\\p{Lu}\\p{L}].*");
    private static final int MAX_WORDS = 6;
    private static final Set<String> ROUTE_WORDS = Set.of("road", "highway", "motorway", "route");

    private final Gazetteer gazetteer;
    private final NameKey keys = NameKey.standard();
    private final Set<String> notPlaces;
    private final Set<String> notPlaceKeys;
    private final Set<String> titles;
    private final Set<String> placeWords;
    private final Set<String> heads;

    private record Word(int start, int end, String text) {}

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.notPlaces = lowerWords("not-places.tsv", 0);
        Set<String> npk = new HashSet<>();
        for (String w : notPlaces) if (!w.contains(" ") && keys.key(w).length() >= 3) npk.add(keys.key(w));
        this.notPlaceKeys = Set.copyOf(npk);
        this.titles = lowerWords("person-titles.tsv", 0);
        this.placeWords = lowerWords("place-words.tsv", 0);
        this.heads = lowerWords("place-name-heads.tsv", 0);
    }

    /** Place mentions in text order, none overlapping. */
    public List<PlaceMention> find(String text) {
        List<Word> words = words(text);
        List<PlaceMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = match(text, words, i, out);
            i += Math.max(1, taken);
        }
        return out;
    }

    private int match(String text, List<Word> words, int i, List<PlaceMention> out) {
        if (!canStart(words.get(i).text())) return 0;
        if (route(text, words, i, out)) return 2;
        int maxN = 1;
        while (maxN < MAX_WORDS && i + maxN < words.size() && adjacent(text, words.get(i + maxN - 1), words.get(i + maxN))) maxN++;
        for (int n = maxN; n >= 1; n--) {
            Word last = words.get(i + n - 1);
            if (!capitalised(last.text()) && !ARTICLE_PREFIXED.matcher(last.text()).matches()) continue;
            if (n > 1 && ARTICLE_WORD.matcher(last.text()).matches()) continue; // "Dayr Az" is half a name
            boolean innerOk = true;
            for (int j = i + 1; j < i + n - 1 && innerOk; j++) innerOk = canBeInside(words.get(j).text());
            if (!innerOk) continue;
            int start = words.get(i).start(), end = last.end();
            String surface = text.substring(start, end);
            if (notPlaces.contains(surface.toLowerCase(Locale.ROOT))) continue;
            String k = keys.key(surface);
            if (n == 1 && notPlaceKeys.contains(k) && !ARTICLE_PREFIXED.matcher(surface).matches()) continue; // "Assad" as "Asad"
            boolean hasDigit = k.chars().anyMatch(Character::isDigit);
            if (k.length() < (hasDigit ? 2 : 3) || !gazetteer.knowsKey(k)) continue;
            if (n == 1 && (isAcronym(surface) || personLike(text, words, i))) return 1;
            out.add(new PlaceMention(new Span(start, end), surface));
            return n;
        }
        return unknownWithHead(text, words, i, maxN, out);
    }

    /** "the Homs-Hama road": a road named by the two towns it joins, both of which the gazetteer knows. */
    private boolean route(String text, List<Word> words, int i, List<PlaceMention> out) {
        if (i + 1 >= words.size() || !adjacent(text, words.get(i), words.get(i + 1))) return false;
        Word ends = words.get(i), kind = words.get(i + 1);
        if (!ROUTE_WORDS.contains(kind.text().toLowerCase(Locale.ROOT))) return false;
        String[] towns = ends.text().split("-");
        if (towns.length != 2 || towns[0].isEmpty() || towns[1].isEmpty() || !capitalised(towns[0]) || !capitalised(towns[1])) return false;
        for (String t : towns) if (!gazetteer.knowsKey(keys.key(t))) return false;
        out.add(new PlaceMention(new Span(ends.start(), kind.end()), text.substring(ends.start(), kind.end())));
        return true;
    }

    /** "Tal Hamad", "Deir Jamal": a generic head and a capitalised name form a place the gazetteer may lack. */
    private int unknownWithHead(String text, List<Word> words, int i, int maxN, List<PlaceMention> out) {
        Word head = words.get(i);
        if (!Character.isUpperCase(head.text().codePointAt(0)) || !heads.contains(head.text().toLowerCase(Locale.ROOT)) || maxN < 2)
            return 0;
        int n = 1;
        while (n < Math.min(maxN, 4)) {
            String w = words.get(i + n).text();
            boolean article = ARTICLE_WORD.matcher(w).matches();
            if (!(capitalised(w) || article || ARTICLE_PREFIXED.matcher(w).matches())) break;
            if (notPlaces.contains(w.toLowerCase(Locale.ROOT)) && !article) break;
            n++;
            if (!article) break; // head + one name ("Tal Hamad"), or head + article + name ("Deir al-Asafir")
        }
        Word last = words.get(i + n - 1);
        if (n < 2 || ARTICLE_WORD.matcher(last.text()).matches()) return 0;
        out.add(new PlaceMention(new Span(head.start(), last.end()), text.substring(head.start(), last.end())));
        return n;
    }

    /** Capitalised, Arabic script, or an article glued to a capitalised name ("al-Bab", "ash-Shafah"). */
    private boolean canStart(String w) {
        // "As", "At", "An" open sentences more often than names
        if (ARTICLE_WORD.matcher(w).matches() && notPlaces.contains(w.toLowerCase(Locale.ROOT))) return false;
        return capitalised(w) || ARTICLE_PREFIXED.matcher(w).matches() || ARTICLE_WORD.matcher(w).matches();
    }

    private boolean canBeInside(String w) {
        return capitalised(w) || ARTICLE_WORD.matcher(w).matches() || ARTICLE_PREFIXED.matcher(w).matches();
    }

    private static boolean capitalised(String w) {
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && w.length() > 1 && Character.isUpperCase(w.codePointAt(1))
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    private static boolean isAcronym(String s) {
        return s.length() <= 5 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A first name or a title before a one-word match: "Mahmoud Abbas", "President Assad". */
    private boolean personLike(String text, List<Word> words, int i) {
        if (i == 0 || NameKey.isArabic(words.get(i).text())) return false; // Arabic script has no capitals to go by
        Word prev = words.get(i - 1);
        if (!adjacent(text, prev, words.get(i))) return false;
        String p = prev.text().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (titles.contains(p)) return true;
        if (!capitalised(prev.text()) || placeWords.contains(p) || atSentenceStart(text, prev)) return false;
        return !gazetteer.knowsKey(keys.key(prev.text()));
    }

    private static boolean atSentenceStart(String text, Word w) {
        for (int k = w.start() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '(' || c == '\'') continue;
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
        }
        return true;
    }

    /** Only spaces between the two words: no comma, full stop or line break. */
    private static boolean adjacent(String text, Word a, Word b) {
        for (int k = a.end(); k < b.start(); k++) if (text.charAt(k) != ' ' && text.charAt(k) != '\u00A0') return false;
        return b.start() > a.end();
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            String w = text.substring(s, e);
            // possessive and trailing marks belong to the sentence, not the name
            if (w.endsWith("'s") || w.endsWith("’s")) { e -= 2; w = w.substring(0, w.length() - 2); }
            while (e > s && "-'’".indexOf(text.charAt(e - 1)) >= 0) { e--; w = w.substring(0, w.length() - 1); }
            if (e > s) words.add(new Word(s, e, w));
        }
        return words;
    }

    private static Set<String> lowerWords(String resource, int column) {
        Set<String> out = new HashSet<>();
        try (InputStream in = PlaceRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/geo/" + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2 || f[1].isBlank()) throw new IllegalStateException(resource + ":" + n + ": expected word<TAB>reason");
                out.add(NameKey.clean(f[column]).trim().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
