package org.sitrep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole path on the real development sets of ../shared, scored by the project's own judge (score.py): a floor
 * under the figures the README reports, so that a change that loses events or codes plans as facts fails here.
 */
class DevelopmentSetTest {
    private static JsonNode score(String corpus, String gold) throws Exception {
        List<Event> events = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new CorpusReader(ReadOptions.defaults()).read(List.of(TestTheatre.shared().resolve("corpus/" + corpus).toString()),
                d -> events.addAll(TestTheatre.pipeline().extract(d)), e -> errors.add(e.toString()));
        assertEquals(List.of(), errors);
        Path pred = Files.createTempFile("sitrep-pred", ".jsonl"), out = Files.createTempFile("sitrep-score", ".json");
        StringBuilder sb = new StringBuilder();
        for (Event e : events) sb.append(EventJson.toLine(e)).append('\n');
        Files.writeString(pred, sb.toString(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", TestTheatre.shared().resolve("eval/score.py").toString(),
                TestTheatre.shared().resolve("eval/" + gold).toString(), pred.toString(), "--json", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        System.out.println(corpus + ": " + log.lines().reduce((a, b) -> b).orElse(""));
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void seedsAreCodedLikeTheAnalyst() throws Exception {
        JsonNode s = score("seeds.jsonl", "seeds.gold.jsonl");
        assertTrue(s.get("f1").asDouble() >= 0.85, "seeds F1 " + s.get("f1"));
        assertEquals(0, s.get("events_from_non_events").asInt(), "no event from a plan, condition or denial");
        // issue 2: every field at 0.85 or better; issue 3: coordinates within 10 km (or the anchor's area) for 90%
        s.get("field_accuracy").fieldNames().forEachRemaining(field ->
                assertTrue(s.get("field_accuracy").get(field).asDouble() >= 0.85, field + " " + s.get("field_accuracy").get(field)));
        assertTrue(s.get("field_accuracy").get("coordinates").asDouble() >= 0.90, "coordinates " + s.get("field_accuracy").get("coordinates"));
    }

    @Test
    void pressReleasesAndNewsOfTheSecondSetScoreAboveTheFloor() throws Exception {
        JsonNode s = score("re3d-conflict.jsonl", "re3d-conflict.gold.jsonl");
        assertTrue(s.get("f1").asDouble() >= 0.7, "re3d F1 " + s.get("f1"));
    }
}
