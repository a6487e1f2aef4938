package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestTheatre;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChildJvmTest {
    @Test
    void aHeapSizeMustBeOne() {
        assertThrows(IllegalArgumentException.class, () -> new ChildJvm("2 GB"));
        new ChildJvm("1200m");
    }

    @Test
    void theChildGetsItsHeapLimitAndTheParallelCollector() {
        assertEquals(List.of("-Xmx1200m", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8"), new ChildJvm("1200m").options());
    }

    @Test
    void aWorkerThatFailsIsReportedWithItsPath(@TempDir Path dir) throws IOException {
        Path docs = Files.writeString(dir.resolve("docs.jsonl"), "");
        // an unknown path makes the child exit non-zero before any model loads
        IOException e = assertThrows(IOException.class, () -> new ChildJvm("256m").run("sideways", docs, 1, 0, 10, org.sitrep.DocumentTimeLimit.none(), TestTheatre.syria()));
        assertTrue(e.getMessage().contains("sideways"), e.getMessage());
    }
}
