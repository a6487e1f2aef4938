package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.DocumentTimeLimit;
import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.EventJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkExtractJobTest {
    private static SparkSession spark;

    static Path shared() {
        String p = System.getProperty("sitrep.shared");
        return Path.of(p != null ? p : "../../shared").toAbsolutePath().normalize();
    }

    static Pipeline.Theatre theatre() {
        String packs = System.getProperty("sitrep.packs");
        Path pack = Path.of(packs != null ? packs : "../packs").toAbsolutePath().normalize().resolve("syria");
        return new Pipeline.Theatre(pack, shared(), Path.of("target/test-gazetteer").toAbsolutePath(), "SY");
    }

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /**
     * The seeds, and a report of our own that would take many minutes (20,000 event sentences) under a 10 s limit:
     * the executor names it and skips it, and the seeds' events are those of a direct run.
     */
    @Test
    void theJobOnTwoExecutorThreadsWritesTheEventsOfADirectPipelineRun(@TempDir Path out, @TempDir Path in) throws IOException {
        String seeds = shared().resolve("corpus/seeds.jsonl").toString();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("Government forces shelled the village of Kafr Nabl on ").append(1 + i % 28).append(" April, killing ")
                    .append(2 + i % 5).append(" civilians. ");
        }
        Path endless = Files.writeString(in.resolve("endless.txt"), text);
        PrintStream stderr = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        long n;
        try {
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            n = new SparkExtractJob(theatre(), DocumentTimeLimit.parse("10s")).run(spark, List.of(seeds, endless.toString()), out.toString(), 2);
        } finally {
            System.setErr(stderr);
        }
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("sitrep: " + endless + ": took longer than 10 s, skipped"), said.toString(StandardCharsets.UTF_8));

        List<String> direct = new ArrayList<>();
        try (Pipeline p = Pipeline.open(theatre())) {
            new CorpusReader(ReadOptions.defaults()).read(List.of(seeds),
                    doc -> p.extract(doc).forEach(e -> direct.add(EventJson.toLine(e))), err -> { throw new AssertionError(err.toString()); });
        }
        List<String> fromSpark = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("events.jsonl"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                fromSpark.addAll(Files.readAllLines(part));
            }
        }
        assertFalse(direct.isEmpty(), "the seeds report events");
        assertEquals(direct.size(), n);
        // written in input order, and the same lines as a direct run
        assertEquals(direct, fromSpark);
        assertEquals(direct.size(), spark.read().parquet(out.resolve("events.parquet").toString()).count());
        assertTrue(spark.read().parquet(out.resolve("events.parquet").toString()).columns().length > 5, "Parquet keeps the event fields as columns");
    }

    @Test
    void foldersExpandInNameOrderAndAMissingInputIsNamed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("a.jsonl"), "{}");
        Files.writeString(dir.resolve(".hidden"), "x");
        assertEquals(List.of(dir.resolve("a.jsonl").toString(), dir.resolve("b/2.txt").toString()), SparkExtractJob.files(List.of(dir.toString())));
        IOException e = assertThrows(IOException.class, () -> SparkExtractJob.files(List.of(dir.resolve("nope.jsonl").toString())));
        assertTrue(e.getMessage().contains("nope.jsonl"));
    }
}
