package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `sitrep eval --predictions` on the seeds: score.py's figures, then misses and extras with their evidence. */
class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    private PrintStream stdout, stderr;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    static Path shared() {
        String property = System.getProperty("sitrep.shared");
        if (property != null && !property.isBlank()) return Path.of(property);
        return Path.of("").toAbsolutePath().getParent().resolve("../shared").normalize();
    }

    /**
     * Predictions made from the seeds' gold at test time: every third event dropped (a miss), every fourth moved
     * three days later (a miss and an extra), the rest as coded.
     */
    private Path predictions(boolean withBadLine) throws IOException {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(shared().resolve("eval/seeds.gold.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode g = JSON.readTree(line);
            if (g.path("negative").asBoolean() || ++n % 3 == 0) continue;
            ObjectNode p = JSON.createObjectNode();
            p.put("event_id", "test-" + n);
            p.put("doc_id", g.get("doc").asText());
            LocalDate day = LocalDate.parse(g.get("date").asText()).plusDays(n % 4 == 0 ? 3 : 0);
            p.put("event_date", day.toString());
            p.put("event_type", g.get("event_type").asText());
            p.put("sub_event_type", g.get("sub_event_type").get(0).asText());
            p.put("location", g.get("location").asText());
            p.put("location_mention", g.get("location").asText());
            p.set("latitude", g.get("lat"));
            p.set("longitude", g.get("lon"));
            p.set("actor1", g.get("actor1").isArray() ? g.get("actor1").get(0) : g.get("actor1"));
            p.set("actor2", g.get("actor2").isArray() ? g.get("actor2").get(0) : g.get("actor2"));
            p.put("certainty", "reported");
            p.putObject("evidence").put("text", "Evidence sentence number " + n + " made up by the test.");
            lines.add(JSON.writeValueAsString(p));
            if (withBadLine && n == 5) lines.add("{\"doc_id\": \"000\", oops");
        }
        Path file = dir.resolve("predictions.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private int run(String... args) {
        return new CommandLine(new SitrepCommand()).execute(args);
    }

    @Test
    void printsScorePyFiguresThenExplainedMissesAndExtras() throws Exception {
        Path gold = shared().resolve("eval/seeds.gold.jsonl");
        Path predictions = predictions(false);
        Path json = dir.resolve("ours.json");
        int code = run("eval", "--gold", gold.toString(), "--predictions", predictions.toString(), "--json", json.toString(),
                shared().resolve("corpus/seeds.jsonl").toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

        Path theirs = dir.resolve("theirs.json");
        String reference = python(shared().resolve("eval/score.py").toString(), gold.toString(), predictions.toString(),
                "--json", theirs.toString());
        assertTrue(printed.startsWith(reference), "score.py's lines come first, unchanged:\n" + reference + "\n---\n" + printed);
        assertEquals(JSON.readTree(theirs.toFile()), JSON.readTree(json.toFile()));

        assertTrue(printed.contains("\nMISSED "), printed);
        assertTrue(printed.contains("\nEXTRA  "), printed);
        // an extra shows its evidence; a miss moved by three days shows the prediction it was near and why not
        assertTrue(printed.matches("(?s).*\nEXTRA  .*\n  evidence: Evidence sentence number \\d+ made up by the test\\.\n.*"), printed);
        assertTrue(printed.matches("(?s).*\n  near: test-\\d+ [^\n]*: date \\d{4}-\\d\\d-\\d\\d outside .*"), printed);
        // with the corpus given, a miss shows the article's sentences that name its place
        assertTrue(printed.contains("\n  text: "), printed);
    }

    @Test
    void aBadPredictionLineIsNamedAndTheRestIsScored() throws Exception {
        Path predictions = predictions(true);
        int code = run("eval", "--gold", shared().resolve("eval/seeds.gold.jsonl").toString(), "--predictions", predictions.toString());
        assertEquals(0, code);
        String problems = err.toString(StandardCharsets.UTF_8);
        int badLine = Files.readAllLines(predictions).indexOf("{\"doc_id\": \"000\", oops") + 1;
        assertTrue(problems.contains(predictions + ":" + badLine + ": not JSON"), problems);
        String printed = out.toString(StandardCharsets.UTF_8);
        // the other lines are scored: one prediction fewer than lines in the file
        assertTrue(printed.contains(", predicted " + (Files.readAllLines(predictions).size() - 1) + ")"), printed);
        assertTrue(printed.contains("not given: no sentences to show"), printed);
    }

    @Test
    void needsACorpusOrPredictions() {
        int code = run("eval", "--gold", shared().resolve("eval/seeds.gold.jsonl").toString());
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give a CORPUS"), err.toString(StandardCharsets.UTF_8));
    }

    private static String python(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = builder.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
