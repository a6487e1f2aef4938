package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Place names folded to the keys score.py compares (norm_place, norm_admin1): "Tell Hamad", "Tal Hamad" and
 * "the village of Tall Hamad" share one key, as do a governorate's OCHA, ACLED and press spellings.
 * The words come from {@code place-keys.tsv}; the steps and their order are score.py's.
 */
public final class PlaceNames {
    private static final String RESOURCE = "place-keys.tsv";
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern QUOTES = Pattern.compile("[’'`ʿʾ‘´]");
    private static final Pattern PUNCTUATION = Pattern.compile("[-_/,.()]");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1");
    private static final Pattern FINAL_H = Pattern.compile("([aei])h$");
    private static final Pattern FINAL_E = Pattern.compile("e$");
    /** Canonical combining class 1 (overlays): the one class the reordering probe in {@link #combining} cannot see. */
    private static final int[][] OVERLAYS = {{0x0334, 0x0338}, {0x1CD4, 0x1CD4}, {0x1CE2, 0x1CE8}, {0x20D2, 0x20D3},
            {0x20D8, 0x20DA}, {0x20E5, 0x20E6}, {0x20EA, 0x20EB}, {0x10A39, 0x10A39}, {0x16AF0, 0x16AF4},
            {0x1BC9E, 0x1BC9E}, {0x1D167, 0x1D169}};

    private static PlaceNames standard;

    private final Pattern article;
    private final Pattern filler;
    private final Map<String, Pattern> spellings;
    private final Pattern adminWord;
    private final Map<String, String> governorates;

    private PlaceNames(List<String> articles, List<String> fillers, Map<String, List<String>> spellings,
                       List<String> adminWords, Map<String, String> governorates) {
        this.article = Pattern.compile("^(" + String.join("|", articles) + ")\\s+", FLAGS);
        this.filler = Pattern.compile("\\b(" + String.join("|", fillers) + ")\\b", FLAGS);
        this.spellings = new LinkedHashMap<>();
        spellings.forEach((key, words) -> this.spellings.put(key, Pattern.compile("\\b(" + String.join("|", words) + ")\\b", FLAGS)));
        this.adminWord = Pattern.compile("\\b(" + String.join("|", adminWords) + ")\\b",
                FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.governorates = Map.copyOf(governorates);
    }

    /** The keys of score.py, read once from the class path. */
    public static synchronized PlaceNames standard() {
        if (standard == null) {
            try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource org/sitrep/eval/" + RESOURCE);
                standard = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return standard;
    }

    static PlaceNames read(BufferedReader in, String origin) throws IOException {
        List<String> articles = new ArrayList<>(), fillers = new ArrayList<>(), adminWords = new ArrayList<>();
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        Map<String, String> governorates = new HashMap<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 4 || f[1].isBlank() || f[3].isBlank())
                throw new IllegalArgumentException(origin + ":" + n + ": expected kind, word, key, source (4 tab-separated columns)");
            String word = Pattern.quote(f[1]);
            switch (f[0]) {
                case "article" -> articles.add(word);
                case "filler" -> fillers.add(word);
                case "admin-word" -> adminWords.add(word);
                case "spelling" -> spellings.computeIfAbsent(f[2], k -> new ArrayList<>()).add(word);
                case "governorate" -> governorates.put(f[1], f[2]);
                default -> throw new IllegalArgumentException(origin + ":" + n + ": unknown kind '" + f[0] + "'");
            }
        }
        if (articles.isEmpty() || fillers.isEmpty() || adminWords.isEmpty())
            throw new IllegalArgumentException(origin + ": needs article, filler and admin-word rows");
        return new PlaceNames(articles, fillers, spellings, adminWords, governorates);
    }

    /** score.py's norm_place: the key two spellings of one place share; "" for none. */
    public String key(String name) {
        if (name == null || name.isEmpty()) return "";
        String s = withoutCombiningMarks(Normalizer.normalize(name, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        s = QUOTES.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        s = filler.matcher(s).replaceAll(" ");
        s = collapseSpaces(s);
        s = article.matcher(s).replaceFirst("");
        for (Map.Entry<String, Pattern> e : spellings.entrySet())
            s = e.getValue().matcher(s).replaceAll(java.util.regex.Matcher.quoteReplacement(e.getKey()));
        s = s.replace(" ", "").replace("ou", "u").replace("ee", "i");
        s = DOUBLED.matcher(s).replaceAll("$1");
        s = FINAL_H.matcher(s).replaceAll("$1");
        return FINAL_E.matcher(s).replaceAll("a");
    }

    /** score.py's norm_admin1: one key per governorate whatever the spelling ("Idleb Governorate" and "Idlib"). */
    public String governorate(String admin1) {
        String k = key(adminWord.matcher(admin1 == null ? "" : admin1).replaceAll(""));
        return governorates.getOrDefault(k, k);
    }

    /** Python's re.sub(r"\s+", " ", s).strip() with Python's idea of white space. */
    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (PythonJson.isSpace(cp)) space = true;
            else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static String withoutCombiningMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !combining(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Python's unicodedata.combining(c) != 0. Java has no public canonical combining class, so: a mark of class
     * above 1 is moved behind an overlay (class 1) by canonical reordering; class 1 itself is the short list above.
     */
    static boolean combining(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK)
            return false;
        for (int[] r : OVERLAYS) if (cp >= r[0] && cp <= r[1]) return true;
        String probe = "a" + new String(Character.toChars(cp)) + "\u0334";
        return Normalizer.normalize(probe, Normalizer.Form.NFD).indexOf('\u0334') == 1;
    }
}
