package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeocodeCommandTest {
    @TempDir static Path tmp;
    static Path index;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll static void build() {
        index = tmp.resolve("gaz");
        CliRun r = CliRun.of(new GazetteerCommand(), "build", "--shared", CliRun.shared().toString(),
                "--pack", CliRun.testPack().toString(), "--index", index.toString());
        assertEquals(0, r.exit(), r.err());
    }

    private CliRun geocode(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--index";
        all[args.length + 1] = index.toString();
        all[args.length + 2] = "--theatre";
        all[args.length + 3] = "SY";
        return CliRun.of(new GeocodeCommand(), all);
    }

    @Test void printsCandidatesWithScoreAndWhy() {
        CliRun r = geocode("Kafrnaha", "--context", "western countryside of Aleppo");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Kafr Naha"), r.out());
        assertTrue(r.out().contains("why: exact"), r.out());
    }

    @Test void jsonIsAnArrayOfCandidatesBestFirst() throws IOException {
        CliRun r = geocode("Busra", "--json");
        JsonNode a = JSON.readTree(r.out());
        assertTrue(a.isArray() && a.size() > 0);
        JsonNode top = a.get(0);
        for (String f : List.of("name", "latitude", "longitude", "admin1", "country", "feature", "geo_precision", "gazetteer_id", "score", "why"))
            assertTrue(top.has(f), f + " in " + top);
        assertEquals("Syria", top.get("country").asText());
        assertEquals("Dar'a", top.get("admin1").asText());
        assertTrue(a.size() < 2 || a.get(0).get("score").asDouble() >= a.get(1).get("score").asDouble());
    }

    @Test void anUnknownNameIsPlacedByItsContext() throws IOException {
        JsonNode a = JSON.readTree(geocode("Xyzqabad", "--context", "5 km south of Manbij", "--json").out());
        // the context phrase follows the name: "Xyzqabad, 5 km south of Manbij"
        assertEquals("EST", a.get(0).get("feature").asText(), a.toString());
        assertEquals(2, a.get(0).get("geo_precision").asInt());
        assertEquals("geonames:167357", a.get(0).get("gazetteer_id").asText());
    }

    @Test void anUnknownNameInACountrysideIsEstimatedWestOfTheCity() throws IOException {
        JsonNode a = JSON.readTree(geocode("Xyzqabad", "--context", "western countryside of Aleppo", "--json").out());
        JsonNode top = a.get(0);
        assertEquals("EST", top.get("feature").asText(), a.toString());
        assertEquals("Aleppo", top.get("admin1").asText());
        assertTrue(top.get("longitude").asDouble() < 37.16, "west of Aleppo city");
        assertTrue(top.get("why").asText().contains("countryside"), top.toString());
    }

    @Test void batchGivesOneJsonArrayPerLine() throws IOException {
        Path batch = tmp.resolve("places.tsv");
        Files.write(batch, List.of("Jarablus\t", "Sinjar\tIraqi forces near Mosul, Iraq", "Sinjar\tsouthern Idlib", "\tno query"));
        CliRun r = geocode("--batch", batch.toString(), "--json");
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertEquals("geonames:169179", JSON.readTree(lines.get(0)).get(0).get("gazetteer_id").asText());
        assertEquals("Iraq", JSON.readTree(lines.get(1)).get(0).get("country").asText());
        assertEquals("Syria", JSON.readTree(lines.get(2)).get(0).get("country").asText());
        assertEquals("[]", lines.get(3));
        assertTrue(r.err().contains(batch + ":4: empty query"), r.err());
    }

    @Test void helpDocumentsTheOptions() {
        CliRun r = CliRun.of(new GeocodeCommand(), "--help");
        for (String o : List.of("--context", "--json", "--batch", "--index")) assertTrue(r.out().contains(o), o);
    }
}
