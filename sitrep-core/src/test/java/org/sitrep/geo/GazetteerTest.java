package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.crash.KilledChild;

class GazetteerTest {
    @TempDir Path tmp;

    private static final String GOOD_1 = row("101", "Tall Rif'at", "Tall Rif`at", "Tal Rifaat,Tell Rifaat,تل رفعت", "36.46974", "37.09687", "PPL", "SY", "20514");
    private static final String GOOD_2 = row("102", "Mayadin", "Mayadin", "Al Mayadin,Mayadeen,الميادين", "35.01982", "40.45154", "PPLA2", "SY", "44028");
    private static final String GOOD_3 = row("103", "Qaryatayn", "Qaryatayn", "Al Qaryatayn,Qaryatain", "34.22861", "37.24065", "PPL", "SY", "14000");

    static String row(String id, String name, String ascii, String alts, String lat, String lon, String fc, String cc, String pop) {
        return String.join("\t", id, name, ascii, alts, lat, lon, "P", fc, cc, "", "00", "", "", "", pop, "", "300", "Asia/Damascus", "2024-01-01");
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test void theSharedDataIndexKnowsPlacesInEveryScriptAndSpelling() throws IOException {
        Gazetteer g = GeoFixture.gazetteer();
        assertTrue(GeoFixture.BUILD_PROBLEMS.isEmpty(), GeoFixture.BUILD_PROBLEMS.toString());
        assertTrue(g.size() > 3000, "cities500 rows + OCHA areas + neighbourhoods + pack: " + g.size());
        assertTrue(g.knowsName("Aleppo"));
        assertTrue(g.knowsName("حلب"));
        assertTrue(g.knowsName("Kafrnaha"));
        assertTrue(g.knowsName("Djarablous"));
        assertFalse(g.knowsName("Monday"));
        GazetteerEntry aleppo = g.lookup("Aleppo").stream().filter(e -> e.id().startsWith("geonames:")).findFirst().orElseThrow();
        assertEquals("Aleppo", aleppo.admin1(), "admin1 by point-in-polygon at import");
        assertEquals("Jebel Saman", aleppo.admin2());
        assertEquals("SY", aleppo.countryCode());
        GazetteerEntry idlibGov = g.byId("ocha:SY07");
        assertEquals("ADM1", idlibGov.featureCode());
        assertTrue(idlibGov.alternateNames().contains("إدلب"));
        assertTrue(g.lookup("Sheikh Maqsoud").stream().anyMatch(e -> e.featureCode().equals("PPLX")), "OCHA neighbourhood");
    }

    @Test void aHugeIndexAnswersKnowsNameFromItsTermsDictionary() throws IOException {
        Path index = tmp.resolve("index");
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, p -> { })) {
            im.importGeoNames(write("sy.txt", GOOD_1, GOOD_2, GOOD_3));
            im.commit(null, null);
        }
        try (Gazetteer small = Gazetteer.open(index, 0)) {
            assertTrue(small.knowsName("Tell Rifaat"));
            assertTrue(small.knowsName("al-Mayadeen"));
            assertFalse(small.knowsName("Aleppo"));
        }
    }

    @Test void candidatesAreExactThenFuzzyThenPhonetic() {
        Gazetteer g = GeoFixture.gazetteer();
        List<ScoredEntry> c = g.candidates("Jarablos", 5);
        assertEquals("geonames:169179", c.get(0).entry().id(), c.toString());
        assertEquals(1.0, c.get(0).score(), "Jarablos is a listed alternate name");
        List<ScoredEntry> fuzzy = g.candidates("Jarrabulus", 5);
        assertTrue(fuzzy.stream().anyMatch(s -> s.entry().id().equals("geonames:169179")));
        List<ScoredEntry> typo = g.candidates("Mnbij", 5);
        assertEquals("Manbij", typo.get(0).entry().name(), typo.toString());
        assertTrue(typo.get(0).reason().startsWith("fuzzy"), typo.get(0).reason());
        assertTrue(typo.get(0).score() < 1.0);
    }

    @Test void aMalformedRowIsReportedWithItsLineAndTheRestIsKept() throws IOException {
        Path file = write("bad.txt", GOOD_1,
                "104\tShort row\tShort row\t\t35.0\t38.0",
                GOOD_2,
                row("105", "Nowhere", "Nowhere", "", "abc", "38.0", "PPL", "SY", "0"),
                row("106", "Far North", "Far North", "", "95.0", "38.0", "PPL", "SY", "0"),
                row("x107", "Bad Id", "Bad Id", "", "35.0", "38.0", "PPL", "SY", "0"),
                GOOD_3);
        List<ImportProblem> problems = new ArrayList<>();
        Path index = tmp.resolve("index");
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, problems::add)) {
            assertEquals(3, im.importGeoNames(file));
            im.commit(null, null);
        }
        assertEquals(List.of(2L, 4L, 5L, 6L), problems.stream().map(ImportProblem::line).toList(), problems.toString());
        assertTrue(problems.get(0).toString().startsWith(file + ":2: expected 19"), problems.get(0).toString());
        assertTrue(problems.get(1).problem().contains("latitude"), problems.get(1).problem());
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals(3, g.size());
            assertEquals("Tall Rif'at", g.lookup("Tel Rifaat").get(0).name());
            assertEquals("Mayadin", g.lookup("al-Mayadeen").get(0).name());
        }
    }

    @Test void reImportReplacesEntriesWithTheSameId() throws IOException {
        Path file = write("sy.txt", GOOD_1, GOOD_2, GOOD_3);
        Path index = tmp.resolve("index");
        for (int i = 0; i < 3; i++) {
            try (GazetteerImporter im = new GazetteerImporter(index, false, null, p -> { throw new AssertionError(p.toString()); })) {
                im.importGeoNames(file);
                im.commit(null, null);
            }
        }
        Path moved = write("sy2.txt", row("102", "Mayadin", "Mayadin", "Al Mayadin", "35.1", "40.5", "PPLA2", "SY", "44028"));
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, p -> { })) {
            im.importGeoNames(moved);
            im.commit(null, null);
        }
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals(3, g.size());
            List<GazetteerEntry> m = g.lookup("Mayadin");
            assertEquals(1, m.size());
            assertEquals(35.1, m.get(0).latitude(), "the newer row replaced the older");
        }
    }

    @Test void alternateNamesV2AddsSpellingsOfKnownPlacesOnly() throws IOException {
        Path index = tmp.resolve("index");
        Path dump = write("sy.txt", GOOD_1, GOOD_2);
        Path alts = write("alternateNamesV2.txt",
                "9001\t101\tar\tتل رفعت الجديدة\t\t\t\t\t\t",
                "9002\t101\ten\tTel Refaat Town\t1\t\t\t\t\t",
                "9003\t101\tlink\thttps://en.wikipedia.org/wiki/Tell_Rifaat\t\t\t\t\t\t",
                "9004\t999999\ten\tSomewhere Else\t\t\t\t\t\t",
                "9005\tnotanumber\ten\tBroken\t\t\t\t\t\t",
                "9006\t102\tru\tМайадин\t\t\t\t\t\t");
        List<ImportProblem> problems = new ArrayList<>();
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, problems::add)) {
            im.importGeoNames(dump);
            assertEquals(2, im.importAlternateNames(alts));
            im.commit(null, null);
        }
        assertEquals(1, problems.size());
        assertEquals(5, problems.get(0).line());
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals(2, g.size(), "alternate names are not places");
            assertEquals("geonames:101", g.lookup("Tel Refaat Town").get(0).id());
            assertEquals("geonames:101", g.candidates("Tel Refaat Town", 3).get(0).entry().id());
            assertTrue(g.candidates("Tel Refaat Town", 3).get(0).reason().contains("alternate name"));
            assertFalse(g.knowsName("Somewhere Else"));
            assertFalse(g.knowsName("https://en.wikipedia.org/wiki/Tell_Rifaat"));
        }
    }

    @Test void packPlacesNeedASourceAndKeepTheirAlternateNames() throws IOException {
        Path pack = write("places.tsv",
                "name\talternate_names\tfeature_code\tlatitude\tlongitude\tcountry_code\tadmin1\tsource\tnote",
                "# comment",
                "Test Hill\tTal Test|تل تست\tHLL\t36.1\t37.1\tSY\tAleppo\tfixture\t",
                "No Source\t\tHLL\t36.1\t37.1\tSY\tAleppo\t\t",
                "Bad Lat\t\tHLL\tnorth\t37.1\tSY\tAleppo\tfixture\t");
        List<ImportProblem> problems = new ArrayList<>();
        Path index = tmp.resolve("index");
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, problems::add)) {
            assertEquals(1, im.importAny(pack));
            im.commit(null, null);
        }
        assertEquals(List.of(4L, 5L), problems.stream().map(ImportProblem::line).toList());
        assertTrue(problems.get(0).problem().contains("source"));
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals("Test Hill", g.lookup("Tell Test").get(0).name());
            assertEquals("Test Hill", g.lookup("تل تست").get(0).name());
        }
    }

    @Test void anImportThatIsNotCommittedLeavesThePreviousIndex() throws IOException {
        Path index = tmp.resolve("index");
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, p -> { })) {
            im.importGeoNames(write("a.txt", GOOD_1));
            im.commit(null, null);
        }
        try (GazetteerImporter im = new GazetteerImporter(index, true, null, p -> { })) {
            im.importGeoNames(write("b.txt", GOOD_2, GOOD_3));
            // no commit: an exception or a kill here
        }
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals(1, g.size());
            assertTrue(g.knowsName("Tell Rifaat"));
            assertFalse(g.knowsName("Mayadin"));
        }
    }

    /**
     * Kills (SIGKILL) child JVMs running `gazetteer import` of 20,000 places at seeded random points spread over the
     * measured length of a whole import, again and again on one index as a user re-running a crashed import would:
     * while the JVM starts, mid-import (Lucene flushing segments), during the commit, after it. After every kill the
     * index opens, Lucene's CheckIndex finds it clean, and it holds exactly its last commit: the previous one or the
     * whole import, never a part, never going back. A run that is not killed completes the import with the places of
     * one clean import (re-imported rows replace themselves: no duplicates), and the index takes other imports after.
     * Rounds: {@code -Dsitrep.killRounds} (default 6).
     */
    @Test void killMinus9AtRandomPointsOfAnImportLeavesTheLastCommitAndARerunCompletes() throws Exception {
        int rows = 20_000, whole = 1 + rows;
        Path big = generated(tmp.resolve("big.txt"), rows);
        Path measured = indexWithOnePlace("measured");
        KilledChild.Outcome full = KilledChild.run(KilledChild.java(ImportProcess.class.getName(), measured.toString(), big.toString()), 600_000);
        long span = full.millis();
        assertFalse(full.killed());
        assertEquals("committed", full.lastLine(), full.lines().toString());
        assertEquals(whole, size(measured), "one clean import");

        KilledChild.Schedule schedule = KilledChild.Schedule.fromProperties(6);
        Map<String, Integer> phases = new TreeMap<>();
        int kills = 0, opened = 0, completed = 0, indexes = 1;
        Path index = indexWithOnePlace("index-" + indexes);
        int committed = 1;
        while (kills < schedule.rounds()) {
            KilledChild.Outcome o = KilledChild.run(KilledChild.java(ImportProcess.class.getName(), index.toString(), big.toString()),
                    schedule.delayMillis(kills, span));
            if (!o.killed()) {
                assertEquals("committed", o.lastLine(), o.lines().toString());
                assertEquals(whole, size(index), "a completed re-run: the places of one clean import, none twice");
                completed++;
                span = o.millis(); // a whole import (a re-import takes as long), at today's load
                deleteTree(index);
                index = indexWithOnePlace("index-" + ++indexes);
                committed = 1;
                continue;
            }
            kills++;
            String where = "kill " + kills + " (" + importPhase(o.lastLine()) + ")";
            phases.merge(importPhase(o.lastLine()), 1, Integer::sum);
            try (FSDirectory d = FSDirectory.open(index); CheckIndex check = new CheckIndex(d)) {
                assertTrue(check.checkIndex().clean, where + ": Lucene's CheckIndex");
            }
            try (Gazetteer g = Gazetteer.open(index)) {
                opened++;
                int n = g.size();
                assertTrue(n == committed || n == whole, where + ": " + n + " places; the last commit had " + committed + ", the import " + whole);
                if (o.lastLine().equals("committed")) assertEquals(whole, n, where + ": a commit that returned stays");
                assertTrue(g.knowsName("Tall Rif'at"), where + ": the first commit's place");
                assertEquals(n == whole, g.knowsName("Place 0") && g.knowsName("Third Name Of Place 19999"), where);
                committed = n;
            }
        }
        KilledChild.Outcome last = KilledChild.run(KilledChild.java(ImportProcess.class.getName(), index.toString(), big.toString()), 600_000);
        assertEquals("committed", last.lastLine(), last.lines().toString());
        assertEquals(whole, size(index), "the final re-run: the places of one clean import, none twice");
        completed++;
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, q -> { })) {
            im.importGeoNames(write("c.txt", GOOD_2));
            im.commit(null, null);
        }
        assertEquals(whole + 1, size(index), "and the index takes new imports after the kills");
        System.out.printf("kill -9 test (gazetteer import): %d places per import, run %d ms; %d kills (seed %d), index opened and "
                        + "CheckIndex clean after %d; %d imports completed to %d places, 0 duplicates; kills landed: %s%n",
                rows, span, kills, schedule.seed(), opened, completed, whole, phases);
    }

    /** Where a kill landed, from the child's last line before it died. */
    private static String importPhase(String lastLine) {
        if (lastLine.isEmpty()) return "starting (JVM, opening the index writer)";
        if (lastLine.equals("opened")) return "importing (rows buffered, segments flushed)";
        if (lastLine.startsWith("imported")) return "committing";
        return "after the commit";
    }

    private Path indexWithOnePlace(String name) throws IOException {
        Path index = tmp.resolve(name);
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, p -> { })) {
            im.importGeoNames(write("one.txt", GOOD_1));
            im.commit(null, null);
        }
        return index;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static int size(Path index) throws IOException {
        try (Gazetteer g = Gazetteer.open(index)) { return g.size(); }
    }

    @Test void importIsStreamedInConstantMemory() throws Exception {
        // 150k rows (~30 MB on disk, a few hundred MB as entry objects and keys) through a JVM limited to 80 MB of heap
        Path big = generated(tmp.resolve("big.txt"), 150_000);
        Path index = tmp.resolve("index");
        Process p = javaProcess("-Xmx80m", index.toString(), big.toString());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "import finished");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals(150_000, g.size());
            assertTrue(g.knowsName("Place 149999"));
        }
    }

    @Test void openOrBuildRebuildsOnlyWhenTheSourcesChange() throws IOException {
        Path dump = write("sy.txt", GOOD_1, GOOD_2);
        Path packDir = Files.createDirectories(tmp.resolve("pack"));
        Path pack = packDir.resolve("places.tsv");
        Files.writeString(pack, "name\talternate_names\tfeature_code\tlatitude\tlongitude\tcountry_code\tadmin1\tsource\tnote\n"
                + "Test Hill\t\tHLL\t36.1\t37.1\tSY\tAleppo\tfixture\t\n");
        GazetteerSources sources = new GazetteerSources(List.of(dump), List.of(), null, List.of(pack));
        Path index = tmp.resolve("index");
        try (Gazetteer g = Gazetteer.openOrBuild(index, sources)) { assertEquals(3, g.size()); }
        String built = Gazetteer.storedFingerprint(index);
        long generation = generation(index);
        try (Gazetteer g = Gazetteer.openOrBuild(index, sources)) { assertEquals(3, g.size()); }
        assertEquals(generation, generation(index), "unchanged sources: reopened, not rebuilt");

        // a user's extra import survives the rebuild a changed pack causes
        try (GazetteerImporter im = new GazetteerImporter(index, false, null, p -> { })) {
            Path extra = write("extra.txt", GOOD_3);
            im.importAny(extra);
            im.commit(null, List.of(extra));
        }
        Files.writeString(pack, Files.readString(pack) + "Other Hill\t\tHLL\t36.2\t37.2\tSY\tAleppo\tfixture\t\n");
        Files.setLastModifiedTime(pack, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        try (Gazetteer g = Gazetteer.openOrBuild(index, sources)) {
            assertEquals(5, g.size(), "rebuilt with the new pack row and the extra import");
            assertTrue(g.knowsName("Other Hill"));
            assertTrue(g.knowsName("Qaryatayn"));
        }
        assertNotEquals(built, Gazetteer.storedFingerprint(index));
    }

    @Test void defaultSourcesFindTheSharedData() {
        GazetteerSources s = GazetteerSources.defaults(GeoFixture.shared(), GeoFixture.testPack().getParent());
        assertEquals(List.of(GeoFixture.cities500()), s.geonames());
        assertEquals(GeoFixture.ocha(), s.ochaDir());
        assertEquals(1, s.packPlaces().size());
    }

    private static long generation(Path index) throws IOException {
        try (var d = org.apache.lucene.store.FSDirectory.open(index);
             var r = org.apache.lucene.index.DirectoryReader.open(d)) {
            return r.getIndexCommit().getGeneration();
        }
    }

    static Path generated(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rows; i++) {
                w.write(row(String.valueOf(1_000_000 + i), "Place " + i, "Place " + i,
                        "Alt Place " + i + ",Other Spelling " + i + ",Third Name Of Place " + i,
                        String.valueOf(30 + (i % 1000) / 100.0), String.valueOf(35 + (i % 700) / 100.0), "PPL", "SY", String.valueOf(i)));
                w.newLine();
            }
        }
        return file;
    }

    private static Process javaProcess(String heap, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), ImportProcess.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }
}
