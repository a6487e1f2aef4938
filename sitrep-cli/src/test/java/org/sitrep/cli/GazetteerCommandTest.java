package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;

class GazetteerCommandTest {
    @TempDir Path tmp;

    static String row(String id, String name, String alts, String lat, String lon) {
        return String.join("\t", id, name, name, alts, lat, lon, "P", "PPL", "SY", "", "00", "", "", "", "0", "", "300",
                "Asia/Damascus", "2024-01-01");
    }

    @Test void helpListsTheSubcommands() {
        CliRun r = CliRun.of(new GazetteerCommand(), "--help");
        assertEquals(0, r.exit());
        for (String sub : List.of("build", "import", "download")) assertTrue(r.out().contains(sub), r.out());
        assertTrue(CliRun.of(new GazetteerCommand(), "download", "--help").out().contains("--url-base"));
    }

    @Test void buildMakesTheDefaultIndexFromSharedDataAndPack() throws IOException {
        Path index = tmp.resolve("gaz");
        CliRun r = CliRun.of(new GazetteerCommand(), "build", "--shared", CliRun.shared().toString(),
                "--pack", CliRun.testPack().toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("OCHA boundaries"), r.out());
        try (Gazetteer g = Gazetteer.open(index)) {
            assertTrue(g.size() > 3000);
            assertTrue(g.knowsName("Kafrnaha"));
        }
    }

    @Test void importReportsBadRowsWithTheirLineAndKeepsTheRest() throws IOException {
        Path file = tmp.resolve("SY-part.txt");
        Files.write(file, List.of(row("9001", "Tall Test", "Tel Test", "36.1", "37.1"), "broken\trow",
                row("9002", "Other Test", "", "north", "37.1"), row("9003", "Third Test", "", "35.5", "38.0")));
        Path index = tmp.resolve("gaz");
        CliRun r = CliRun.of(new GazetteerCommand(), "import", file.toString(), "--index", index.toString(),
                "--shared", CliRun.shared().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(file + ":2: expected 19"), r.err());
        assertTrue(r.err().contains(file + ":3: latitude"), r.err());
        assertTrue(r.out().contains("2 row(s) imported, 2 skipped"), r.out());
        // imported twice: the same two places, not four
        CliRun.of(new GazetteerCommand(), "import", file.toString(), "--index", index.toString());
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals(2, g.size());
            assertEquals("Aleppo", g.lookup("Tel Test").get(0).admin1(), "admin1 from the OCHA boundaries");
        }
    }

    @Test void importOfAMissingFileIsAClearError() {
        CliRun r = CliRun.of(new GazetteerCommand(), "import", tmp.resolve("nope.txt").toString(), "--index", tmp.resolve("gaz").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
    }

    @Test void downloadFetchesAGeoNamesZipFromAUrlAndImportsIt() throws IOException {
        Path mirror = Files.createDirectories(tmp.resolve("mirror"));
        try (OutputStream o = Files.newOutputStream(mirror.resolve("SY.zip")); ZipOutputStream zip = new ZipOutputStream(o)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("GeoNames readme".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("SY.txt"));
            zip.write((row("8001", "Khirbat Zipped", "Kherbet Zipped", "35.2", "36.9") + "\n"
                    + row("8002", "Tall Zipped", "", "36.3", "37.9") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path index = tmp.resolve("gaz");
        CliRun r = CliRun.of(new GazetteerCommand(), "download", "SY", "--url-base", mirror.toUri().toString(),
                "--index", index.toString(), "--downloads", tmp.resolve("dl").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("downloaded"), r.out());
        assertTrue(Files.isRegularFile(tmp.resolve("dl/SY.zip")));
        try (Gazetteer g = Gazetteer.open(index)) {
            assertEquals(2, g.size());
            assertTrue(g.knowsName("Kherbet Zipped"));
        }
        CliRun missing = CliRun.of(new GazetteerCommand(), "download", "IQ", "--url-base", mirror.toUri().toString(),
                "--index", index.toString(), "--downloads", tmp.resolve("dl").toString());
        assertFalse(missing.exit() == 0);
        assertFalse(Files.exists(tmp.resolve("dl/IQ.zip")), "a failed download leaves nothing behind");
    }
}
