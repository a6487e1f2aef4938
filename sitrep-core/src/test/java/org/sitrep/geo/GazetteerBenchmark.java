package org.sitrep.geo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Startup and lookup latency of a built index (a benchmark, not a test). Run from sitrep-core after the tests built
 * target/test-gazetteer:
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.sitrep.geo.GazetteerBenchmark [INDEX_DIR]</pre>
 * Targets: startup under 2 s, a lookup under 1 ms on average.
 */
public final class GazetteerBenchmark {
    private static final List<String> NAMES = List.of("Aleppo", "Kafrnaha", "Busra", "Deir Ezzor", "Ras al-Ain", "Jarablus",
            "Kuweiris", "Idlib", "Raqqa", "Manbij", "Tell Abyad", "al-Bab", "Maarat al-Numan", "Khan Sheikhoun", "Qamishli",
            "Homs", "Hama", "Latakia", "Douma", "Harasta", "Mnbij", "Saraqeb", "Ariha", "Palmyra", "Tadmur", "حلب", "إدلب");

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args.length > 0 ? args[0] : "target/test-gazetteer");
        Path ocha = args.length > 1 ? Path.of(args[1]) : GeoFixture.ocha();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.open(index);
        long t1 = System.nanoTime();
        AdminAreas admin = AdminAreas.load(ocha);
        long t2 = System.nanoTime();
        Geocoder geocoder = new Geocoder(g, admin, "SY");
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "startup: gazetteer open %.0f ms (%d places), admin areas %.0f ms, geocoder %.0f ms; total %.0f ms%n",
                (t1 - t0) / 1e6, g.size(), (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6);
        int warm = 2000, runs = 20000;
        for (int i = 0; i < warm; i++) g.lookup(NAMES.get(i % NAMES.size()));
        long s = System.nanoTime();
        for (int i = 0; i < runs; i++) g.lookup(NAMES.get(i % NAMES.size()));
        double lookup = (System.nanoTime() - s) / 1e6 / runs;
        for (int i = 0; i < warm / 4; i++) g.candidates(NAMES.get(i % NAMES.size()), 10);
        s = System.nanoTime();
        for (int i = 0; i < runs / 4; i++) g.candidates(NAMES.get(i % NAMES.size()), 10);
        double cand = (System.nanoTime() - s) / 1e6 / (runs / 4);
        // names never seen before (a letter added): the uncached cost of exact+fuzzy+phonetic
        String letters = "bdfgklmnrstz";
        s = System.nanoTime();
        int fresh = 0;
        for (String n : NAMES) for (int a = 0; a < letters.length(); a++) for (int b = 0; b < letters.length(); b++) {
            g.candidates(n + letters.charAt(a) + letters.charAt(b), 10);
            fresh++;
        }
        double uncached = (System.nanoTime() - s) / 1e6 / fresh;
        System.out.printf(Locale.ROOT, "candidates for %d never-seen names: %.3f ms each%n", fresh, uncached);
        GeoContext ctx = geocoder.contextOf("Shelling on Kafrnaha in the western countryside of Aleppo and near Idlib.");
        for (int i = 0; i < warm / 4; i++) geocoder.geocode(NAMES.get(i % NAMES.size()), ctx, 5);
        s = System.nanoTime();
        for (int i = 0; i < runs / 4; i++) geocoder.geocode(NAMES.get(i % NAMES.size()), ctx, 5);
        double geo = (System.nanoTime() - s) / 1e6 / (runs / 4);
        s = System.nanoTime();
        for (int i = 0; i < runs * 10; i++) g.knowsName(NAMES.get(i % NAMES.size()));
        double knows = (System.nanoTime() - s) / 1e3 / (runs * 10);
        System.out.printf(Locale.ROOT, "lookup (exact) %.3f ms; candidates (exact+fuzzy+phonetic, repeated names: cached) %.3f ms; geocode in context %.3f ms; knowsName %.2f µs%n",
                lookup, cand, geo, knows);
        g.close();
    }
}
