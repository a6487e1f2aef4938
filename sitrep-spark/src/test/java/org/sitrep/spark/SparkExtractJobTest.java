package org.sitrep.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.EventJson;

import java.io.IOException;
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

    @Test
    void theJobOnTwoExecutorThreadsWritesTheEventsOfADirectPipelineRun(@TempDir Path out) throws IOException {
        String seeds = shared().resolve("corpus/seeds.jsonl").toString();
        long n = new SparkExtractJob(theatre()).run(spark, List.of(seeds), out.toString(), 2);

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
