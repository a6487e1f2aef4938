package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Top-1 accuracy on real names from ../shared/data (OCHA sub-district and neighbourhood names with their reference
 * spellings; GeoNames' alternate spellings of Syrian places) and on misspellings generated from them by rule, as
 * reporters and transliterators make them. Prints the figures; asserts floors.
 */
class MisspellingAccuracyTest {
    private final Geocoder geocoder = GeoFixture.geocoder();
    private final NameKey keys = NameKey.standard();

    /** A real name and the gazetteer entry it names. */
    private record Sample(String name, String targetId, double lat, double lon) {}

    private static final Map<String, UnaryOperator<String>> RULES = new LinkedHashMap<>();
    static {
        RULES.put("as written", s -> s);
        RULES.put("letter dropped", MisspellingAccuracyTest::dropLetter);
        RULES.put("letter doubled", MisspellingAccuracyTest::doubleLetter);
        RULES.put("ou/u, ee/i swapped", MisspellingAccuracyTest::swapVowels);
        RULES.put("article variant", MisspellingAccuracyTest::articleVariant);
        RULES.put("Tal/Tell/Tall", s -> s.replaceFirst("^(Tal|Tall|Tell|Tel)\\b", "Tal").equals(s) ? null
                : s.replaceFirst("^Tall\\b", "Tel").replaceFirst("^Tell\\b", "Tal").replaceFirst("^Tal\\b", "Tell"));
        RULES.put("spaces removed", s -> s.contains(" ") ? s.replace(" ", "").replace("-", "") : null);
    }

    @Test void topOneAccuracyOnRealNamesAndRuleMisspellings() throws IOException {
        List<Sample> samples = new ArrayList<>();
        samples.addAll(ocha("syr_admin3_attributes.csv", "NAME_EN", "NAM_EN_REF"));
        samples.addAll(ocha("city_neighbourhoods_attributes.csv", "NAME_EN", "NAM_EN_REF"));
        List<Sample> geonames = geonamesAlternates();
        samples.addAll(geonames);

        Map<String, int[]> byRule = new LinkedHashMap<>();
        int total = 0, right = 0, realTotal = 0, realRight = 0;
        List<String> misses = new ArrayList<>();
        for (Sample s : samples) {
            for (Map.Entry<String, UnaryOperator<String>> rule : RULES.entrySet()) {
                String q = rule.getValue().apply(s.name());
                if (q == null || q.isBlank()) continue;
                List<GeoCandidate> c = geocoder.geocode(q, GeoContext.empty(), 1);
                boolean ok = !c.isEmpty() && correct(c.get(0), s);
                int[] t = byRule.computeIfAbsent(rule.getKey(), k -> new int[2]);
                t[0]++;
                if (ok) t[1]++;
                total++;
                if (ok) right++;
                if (rule.getKey().equals("as written")) { realTotal++; if (ok) realRight++; }
                if (!ok && misses.size() < 25) misses.add(q + " -> " + (c.isEmpty() ? "nothing" : c.get(0).name() + " " + c.get(0).gazetteerId()) + " (wanted " + s.targetId() + ")");
            }
        }
        System.out.printf(Locale.ROOT, "geocoder top-1 accuracy on %d real names (%d GeoNames alternate spellings, the rest OCHA), %d queries:%n",
                samples.size(), geonames.size(), total);
        for (Map.Entry<String, int[]> e : byRule.entrySet())
            System.out.printf(Locale.ROOT, "  %-20s %5d queries  %.3f%n", e.getKey(), e.getValue()[0], (double) e.getValue()[1] / e.getValue()[0]);
        double all = (double) right / total;
        System.out.printf(Locale.ROOT, "  %-20s %5d queries  %.3f%n", "overall", total, all);
        System.out.println("  sample of misses: " + misses);
        assertTrue((double) realRight / realTotal >= 0.90, "real spellings: " + (double) realRight / realTotal);
        assertTrue(all >= 0.80, "overall top-1 accuracy " + all);
        for (Map.Entry<String, int[]> e : byRule.entrySet())
            assertTrue((double) e.getValue()[1] / e.getValue()[0] >= 0.6, e.getKey() + ": " + (double) e.getValue()[1] / e.getValue()[0]);
    }

    /**
     * The right place: the target, one within 10 km of it, a place inside the sub-district asked for (its town),
     * or a place of the same name.
     */
    private boolean correct(GeoCandidate c, Sample s) {
        if (c.gazetteerId().equals(s.targetId())) return true;
        if (Coordinates.distanceKm(c.latitude(), c.longitude(), s.lat(), s.lon()) <= 10) return true;
        if (s.targetId().startsWith("ocha:SY") && s.targetId().length() == "ocha:SY020000".length()
                && GeoFixture.admin().locate(c.latitude(), c.longitude()).map(a -> s.targetId().equals("ocha:" + a.pcode())).orElse(false))
            return true;
        GazetteerEntry target = GeoFixture.gazetteer().byId(s.targetId());
        return target != null && keys.key(c.name()).equals(keys.key(target.name()));
    }

    private List<Sample> ocha(String file, String... columns) throws IOException {
        List<Sample> out = new ArrayList<>();
        Path p = GeoFixture.ocha().resolve(file);
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(r);
            List<String> header = csv.next();
            List<String> row;
            while ((row = csv.next()) != null) {
                if (row.size() != header.size()) continue;
                String id = "ocha:" + row.get(header.indexOf("PCODE"));
                GazetteerEntry e = GeoFixture.gazetteer().byId(id);
                if (e == null) continue;
                java.util.Set<String> names = new java.util.LinkedHashSet<>();
                for (String c : columns) names.add(row.get(header.indexOf(c)).trim());
                for (String n : names) if (!n.isEmpty() && !n.equals("<Null>")) out.add(new Sample(n, id, e.latitude(), e.longitude()));
            }
        }
        return out;
    }

    /** Latin alternate spellings GeoNames lists for the Syrian rows. */
    private List<Sample> geonamesAlternates() throws IOException {
        List<Sample> out = new ArrayList<>();
        for (String line : Files.readAllLines(GeoFixture.cities500(), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length != 19 || !f[8].equals("SY")) continue;
            double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
            int n = 0;
            for (String a : f[3].split(",")) {
                if (a.isBlank() || !a.chars().allMatch(ch -> ch < 0x250) || a.length() < 4 || n++ >= 4) continue;
                out.add(new Sample(a.trim(), "geonames:" + f[0], lat, lon));
            }
        }
        return out;
    }

    private static int longestWordMiddle(String s) {
        String[] w = s.split("[\\s-]+");
        String longest = "";
        for (String x : w) if (x.length() > longest.length()) longest = x;
        if (longest.length() < 5) return -1;
        return s.indexOf(longest) + longest.length() / 2;
    }

    static String dropLetter(String s) {
        int i = longestWordMiddle(s);
        return i < 0 ? null : s.substring(0, i) + s.substring(i + 1);
    }

    static String doubleLetter(String s) {
        int i = longestWordMiddle(s);
        if (i < 0) return null;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c) && "aeiouyAEIOUY".indexOf(c) < 0) return s.substring(0, k + 1) + c + s.substring(k + 1);
        }
        return null;
    }

    static String swapVowels(String s) {
        if (s.contains("ou")) return s.replaceFirst("ou", "u");
        if (s.contains("ee")) return s.replaceFirst("ee", "i");
        if (s.contains("u")) return s.replaceFirst("u", "ou");
        if (s.contains("i")) return s.replaceFirst("i", "ee");
        return null;
    }

    static String articleVariant(String s) {
        if (s.matches("(?i)^(al|el)[-\\s].*")) return "el-" + s.substring(3);
        if (s.matches("(?i)^(as|ash|ad|ar|az|at|an)[-\\s].*")) return "al-" + s.substring(s.indexOf(s.matches("(?i)^.{2}[-\\s].*") ? s.charAt(2) : s.charAt(3)) + 1);
        return "al-" + s;
    }
}
