package org.sitrep.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `--doc-time-limit` on the commands that extract: a real document that cannot be parsed within the limit is named on
 * stderr and skipped, and the other documents of the same batch come through as they would without it.
 */
class DocumentTimeLimitCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void capture() {
        stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() { System.setErr(stderr); }

    /**
     * The first document of a fresh JVM pays for lazy loading and a cold JIT, which could take more than the
     * tests' one second by itself: extract one report without a limit first.
     */
    @BeforeAll
    static void warm(@TempDir Path tmp) throws IOException {
        Path doc = Files.writeString(tmp.resolve("warm.txt"), "On 2 May 2019, army shelling hit the village of Kafr Nabl, killing a man.");
        List<String> args = new ArrayList<>(List.of("--doc-time-limit", "0", "-o", tmp.resolve("warm.jsonl").toString(), doc.toString()));
        args.addAll(theatre());
        assertEquals(0, new CommandLine(new ExtractCommand()).execute(args.toArray(String[]::new)));
    }

    private static List<String> theatre() {
        String packs = System.getProperty("sitrep.packs", Path.of("").toAbsolutePath().getParent().resolve("packs").toString());
        return List.of("--pack", Path.of(packs, "syria").toString(), "--shared", CliRun.shared().toString(),
                "--gazetteer", Path.of("target/test-gazetteer").toAbsolutePath().toString(), "--published", "2019-05-20");
    }

    /** Two short reports of our own, one that would take many minutes (20,000 event sentences) and a binary file. */
    private Path batch() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-first.txt"), "On 12 May 2019, government forces shelled the town of Kafr Nabl in Idlib province, killing two civilians.");
        StringBuilder endless = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            endless.append("Government forces shelled the village of Kafr Nabl on ").append(1 + i % 28).append(" April, killing ")
                    .append(2 + i % 5).append(" civilians. ");
        }
        Files.writeString(in.resolve("b-endless.txt"), endless);
        Files.write(in.resolve("c-binary.txt"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(in.resolve("d-second.txt"), "On 18 May, warplanes struck the market of Maarat al-Numan, killing five people.");
        return in;
    }

    private int run(Object command, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(theatre());
        int exit = new CommandLine(command).execute(all.toArray(String[]::new));
        if (exit != 0) stderr.println(err.toString(StandardCharsets.UTF_8));
        return exit;
    }

    private List<String> errorLines() {
        List<String> out = new ArrayList<>();
        for (String l : err.toString(StandardCharsets.UTF_8).split("\n")) if (l.startsWith("sitrep: ") && !l.startsWith("sitrep: serving")) out.add(l);
        return out;
    }

    @Test
    void extractSkipsTheDocumentOverItsLimitAndWritesTheOthersEvents() throws IOException {
        Path in = batch();
        Path limited = dir.resolve("limited.jsonl"), good = dir.resolve("good.jsonl");
        assertEquals(0, run(new ExtractCommand(), "--doc-time-limit", "1s", "--threads", "2", "-o", limited.toString(), in.toString()));
        List<String> errors = errorLines();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.contains("sitrep: " + in.resolve("b-endless.txt") + ": took longer than 1 s, skipped"), errors.toString());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith("sitrep: " + in.resolve("c-binary.txt") + ": ")), errors.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sitrep extract: 3 documents"), err.toString(StandardCharsets.UTF_8));

        assertEquals(0, run(new ExtractCommand(), in.resolve("a-first.txt").toString(), in.resolve("d-second.txt").toString(), "-o", good.toString()));
        List<String> expected = Files.readAllLines(good);
        assertFalse(expected.isEmpty());
        assertEquals(expected, Files.readAllLines(limited), "the good documents' events, as without a limit");
    }

    @Test
    void ingestStoresEveryOtherDocumentAndNamesTheOneOverItsLimit() throws IOException {
        Path in = batch();
        String db = dir.resolve("events.duckdb").toString();
        assertEquals(0, run(new IngestCommand(), "--db", db, "--doc-time-limit", "1s", in.toString()));
        assertTrue(errorLines().contains("sitrep: " + in.resolve("b-endless.txt") + ": took longer than 1 s, skipped"), errorLines().toString());
        try (EventStore store = EventStore.open(db)) {
            assertEquals(2, store.counts().documents(), "the two good reports are stored, the endless one is not: " + err);
            assertTrue(store.counts().reports() >= 1, "the first report's event is stored");
        }
        // a re-run skips what is stored and names the endless document again: it is not half in the store
        err.reset();
        assertEquals(0, run(new IngestCommand(), "--db", db, "--doc-time-limit", "1s", in.toString()));
        assertTrue(errorLines().contains("sitrep: " + in.resolve("b-endless.txt") + ": took longer than 1 s, skipped"), errorLines().toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(2 already stored)"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandThatExtractsDocumentsTheOption() {
        for (Object c : List.of(new ExtractCommand(), new IngestCommand(), new DemoCommand(), new ServeCommand(), new SparkCommand(), new BenchCommand(), new EvalCommand())) {
            CliRun r = CliRun.of(c, "--help");
            assertTrue(r.out().contains("--doc-time-limit=TIME"), c.getClass().getSimpleName() + ": " + r.out());
            assertTrue(r.out().contains("default: 60s"), c.getClass().getSimpleName() + ": " + r.out());
        }
        CliRun bad = CliRun.of(new ExtractCommand(), "--doc-time-limit", "soon", "x.txt");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("not a time limit: 'soon'"), bad.err());
    }

    @Test
    void aDocumentOverTheSizeLimitIsNamedAndSkippedAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("sized"));
        Files.writeString(in.resolve("a-short.txt"), "On 12 May 2019, government forces shelled the town of Kafr Nabl in Idlib province.");
        Files.writeString(in.resolve("b-long.txt"), "On 12 May 2019, warplanes struck Saraqib. ".repeat(100));
        Path out = dir.resolve("sized.jsonl");
        assertEquals(0, run(new ExtractCommand(), "--max-document-size", "1k", "-o", out.toString(), in.toString()));
        List<String> errors = errorLines();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("sitrep: " + in.resolve("b-long.txt") + ": "), errors.toString());
        assertFalse(Files.readAllLines(out).isEmpty(), "the short report's event is written");
        assertEquals(2, new CommandLine(new ExtractCommand()).execute("--max-document-size", "huge", "-o", out.toString(), in.toString()),
                "a size that is not one is a usage error");
    }
}
