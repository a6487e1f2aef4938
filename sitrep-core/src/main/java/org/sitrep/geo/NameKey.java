package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The matching key of a place name: the spelling differences transliteration makes are folded away, so that
 * "Kafrnaha" and "Kafr Naha", "Deir Ezzor" and "Deir ez-Zor", "Tell Abyad" and "Tal Abyad" share one key.
 * <p>
 * Latin script: diacritics, apostrophes and ʿayn/hamza marks removed; the article (al-, el-, ash-, ...) dropped;
 * word variants (Tal/Tell, Deir/Dayr, Jabal/Jebel...) unified from {@code name-variants.tsv}; doubled letters
 * collapsed; ou/oo→u, ee→i, ei/ey/ay→ai, q→k, dj→j, ch→sh, ph→f; a final -ah/-eh→a; spaces removed.
 * Arabic script: tashkeel and tatweel stripped, alef/ya/ta marbuta forms unified, the article ال dropped,
 * spaces removed (also where the article is written into a compound). Zero-width and bidi control characters are removed from both.
 * Immutable and thread-safe.
 */
public final class NameKey {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʼʻ′]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
    private static final Pattern TASHKEEL = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    /** An article assimilated and written into the next word: "Ezzor", "Arraqqa" (only after the first word). */
    private static final Pattern DIPHTHONG_AY = Pattern.compile("[ae]y(?![aeiou])");
    private static final Pattern GLUED_ARTICLE = Pattern.compile("^[ae](t|d|r|z|s|n)\\1(.{2,})$");

    /** Bump when the rules in this class change: indexes built with older keys are then rebuilt. */
    private static final String RULES_VERSION = "rules-4";
    private static final NameKey STANDARD = load();

    private final Map<String, String> variants;
    private final String fingerprint;

    private NameKey(Map<String, String> variants, String fingerprint) {
        this.variants = Map.copyOf(variants);
        this.fingerprint = fingerprint;
    }

    /** The key rules with the variants shipped in {@code org/sitrep/geo/name-variants.tsv}. */
    public static NameKey standard() { return STANDARD; }

    /** A hash of the rules' data: an index built with other rules must be rebuilt. */
    public String fingerprint() { return fingerprint; }

    /** Unicode clean-up every name and text goes through: NFKC, invisible and bidi controls removed. */
    public static String clean(String s) {
        if (s == null) return "";
        if (isPlainAscii(s)) return s; // the common case, and an import calls this for millions of names
        return INVISIBLE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7F || c < 0x20) return false;
        }
        return true;
    }

    public static boolean isArabic(String s) { return ARABIC.matcher(s).find(); }

    /** The matching key, or "" for a name with no letters. */
    public String key(String name) {
        String s = clean(name);
        if (s.isBlank()) return "";
        return isArabic(s) ? arabicKey(s) : latinKey(s);
    }

    /**
     * The key of the name written as one word, articles and all ("Tall Ed-daman" as "TallEddaman"): reports that run
     * a compound together match it, though the word rules of {@link #key} cannot see its parts. Equal to
     * {@link #key} for one-word names; "" for Arabic script (its key already ignores spaces).
     */
    public String gluedKey(String name) {
        String s = clean(name);
        if (s.isBlank() || isArabic(s)) return "";
        return latinKey(NOT_WORD.matcher(stripMarks(s)).replaceAll(""));
    }

    private static String stripMarks(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        return APOSTROPHES.matcher(t).replaceAll("");
    }

    /** DoubleMetaphone codes (primary, alternate) of a Latin key; empty for Arabic or short keys. */
    public static List<String> phonetic(String key) {
        List<String> codes = new ArrayList<>(2);
        if (key.length() < 4 || isArabic(key)) return codes;
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(12);
        String p = dm.doubleMetaphone(key, false);
        String a = dm.doubleMetaphone(key, true);
        if (p != null && !p.isEmpty()) codes.add(p);
        if (a != null && !a.isEmpty() && !a.equals(p)) codes.add(a);
        return codes;
    }

    private String latinKey(String s) {
        String t = s;
        if (!isPlainAscii(t)) {
            t = Normalizer.normalize(s, Normalizer.Form.NFD);
            t = MARKS.matcher(t).replaceAll("");
        }
        t = t.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ø', 'o').replace("æ", "ae").replace("ß", "ss");
        t = APOSTROPHES.matcher(t).replaceAll("");
        String[] words = NOT_WORD.split(t.trim());
        List<String> kept = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty()) continue;
            String c = collapseDoubles(w);
            all.add(c);
            String v = variants.get(c);
            if (v == null) v = variants.get(w);
            if ("-".equals(v)) continue;
            if (v != null) c = v;
            else if (!kept.isEmpty()) {
                var m = GLUED_ARTICLE.matcher(w);
                if (m.matches()) c = collapseDoubles(m.group(1) + m.group(2));
            }
            kept.add(finalVowel(c));
        }
        if (kept.isEmpty()) kept = all; // a name that is only "Al" stays matchable
        String joined = String.join("", kept);
        joined = joined.replace("dj", "j").replace("ch", "sh").replace("ph", "f").replace('q', 'k')
                .replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ei", "ai");
        joined = DIPHTHONG_AY.matcher(joined).replaceAll("ai");
        return collapseDoubles(joined);
    }

    private static String finalVowel(String w) {
        if (w.length() > 3 && (w.endsWith("ah") || w.endsWith("eh"))) return w.substring(0, w.length() - 2) + "a";
        return w;
    }

    private static String arabicKey(String s) {
        String t = TASHKEEL.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى', 'ی', 'ئ' -> b.append('ي');
                case 'ة', 'ۀ' -> b.append('ه');
                case 'ؤ' -> b.append('و');
                case 'ک' -> b.append('ك');
                default -> b.append(c);
            }
        }
        StringBuilder key = new StringBuilder();
        for (String w : NOT_WORD.split(b.toString().trim())) {
            if (w.isEmpty()) continue;
            if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
            key.append(w.toLowerCase(Locale.ROOT));
        }
        // the article written into a compound ("ديرالزور" for "دير الزور"): dropped wherever it stands
        String glued = key.toString().replace("ال", "");
        return glued.length() >= 2 ? glued : key.toString();
    }

    static String collapseDoubles(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i == 0 || c != w.charAt(i - 1)) b.append(c);
        }
        return b.toString();
    }

    private static NameKey load() {
        String resource = "name-variants.tsv";
        Map<String, String> variants = new HashMap<>();
        MessageDigest sha;
        try { sha = MessageDigest.getInstance("SHA-256"); } catch (NoSuchAlgorithmException e) { throw new IllegalStateException(e); }
        sha.update(RULES_VERSION.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = NameKey.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/geo/" + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3 || f[2].isBlank())
                    throw new IllegalStateException(resource + ":" + n + ": expected variant<TAB>canonical<TAB>source");
                variants.put(collapseDoubles(f[0].trim().toLowerCase(Locale.ROOT)), f[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameKey(variants, HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }
}
