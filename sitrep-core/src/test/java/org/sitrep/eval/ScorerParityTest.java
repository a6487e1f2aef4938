package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java scorer against the reference: for both gold files, predictions perturbed from the gold by rule are
 * scored by python3 score.py and by {@link Scorer}; every figure and every printed line must be the same.
 */
class ScorerParityTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String gold : List.of("seeds", "re3d-conflict"))
            for (long seed = 1; seed <= 12; seed++) cases.add(Arguments.of(gold, seed));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void sameFiguresAsScorePy(String goldName, long seed) throws Exception {
        Path gold = SharedFiles.gold(goldName);
        List<JsonNode> goldLines = JsonLines.read(gold, e -> { throw new AssertionError(e); })
                .stream().map(JsonLines.Line::value).toList();
        List<ObjectNode> made = new Perturbations(seed).predictions(goldLines);
        Path predictions = dir.resolve(goldName + "-" + seed + ".jsonl");
        write(made, predictions);

        ScorePy.Result reference = ScorePy.run(gold, predictions, dir);
        List<String> errors = new ArrayList<>();
        Score score = new Scorer().score(GoldEvent.read(gold, errors::add), Prediction.read(predictions, errors::add));
        assertEquals(List.of(), errors);
        ScoreReport report = new ScoreReport(score, new Scorer().criteria());

        JsonNode ours = report.toJson();
        assertFiguresEqual(reference.json(), ours);
        assertEquals(reference.stdout(), figures(report));
        // the perturbations must exercise every outcome, or the comparison proves little
        assertTrue(score.tp() > 0 && score.fn() > 0 && score.fp() > 0, "tp, fp and fn all occur: " + ours);
    }

    /**
     * The path of `sitrep eval CORPUS`: extracted {@link Event}s scored in memory must score as the file
     * `sitrep extract` writes of them scores in score.py.
     */
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void extractedEventsScoreAsTheirWrittenRecords(String goldName, long seed) throws Exception {
        Path gold = SharedFiles.gold(goldName);
        List<JsonNode> goldLines = JsonLines.read(gold, e -> { throw new AssertionError(e); })
                .stream().map(JsonLines.Line::value).toList();
        List<Event> events = new ArrayList<>();
        for (ObjectNode p : new Perturbations(seed).predictions(goldLines)) {
            try {
                events.add(EventJson.fromJson(p));
            } catch (RuntimeException notAnEventRecord) {
                // a perturbation the model cannot hold (a timestamp as event_date): not what extraction writes
            }
        }
        Path written = dir.resolve(goldName + "-" + seed + "-events.jsonl");
        Files.write(written, events.stream().map(EventJson::toLine).toList(), StandardCharsets.UTF_8);

        ScorePy.Result reference = ScorePy.run(gold, written, dir);
        Score score = new Scorer().score(GoldEvent.read(gold, e -> { throw new AssertionError(e); }),
                events.stream().map(Prediction::of).toList());
        ScoreReport report = new ScoreReport(score, new Scorer().criteria());
        assertFiguresEqual(reference.json(), report.toJson());
        assertEquals(reference.stdout(), figures(report));
        assertTrue(events.size() > 20, "most perturbations are event records: " + events.size());
    }

    static void assertFiguresEqual(JsonNode expected, JsonNode actual) {
        assertEquals(names(expected), names(actual), "same figures");
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode ours = actual.get(e.getKey());
            if (e.getValue().isObject()) {
                assertEquals(names(e.getValue()), names(ours), e.getKey());
                e.getValue().fields().forEachRemaining(f ->
                        assertEquals(f.getValue().asDouble(), ours.get(f.getKey()).asDouble(), 0.0, e.getKey() + "." + f.getKey()));
            } else {
                assertEquals(e.getValue().asDouble(), ours.asDouble(), 0.0, e.getKey());
            }
        }
    }

    private static List<String> names(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String figures(ScoreReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.printFigures(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static void write(List<ObjectNode> predictions, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ObjectNode p : predictions) lines.add(JsonLines.JSON.writeValueAsString(p));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
