package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThroughputTest {
    @Test
    void wordsAreWhitespaceSeparatedRuns() {
        assertEquals(0, Throughput.words("  \n"));
        assertEquals(6, Throughput.words("Clashes erupted\n\nnear al-Bab, (officials) said."));
    }

    @Test
    void travelsThroughAFileUnchanged(@TempDir Path dir) throws IOException {
        Throughput t = new Throughput("fast", 2, 2000, 830_000, 3100, 9.5, 80.25, 1450);
        t.write(dir.resolve("t.json"));
        assertEquals(t, Throughput.read(dir.resolve("t.json")));
        assertEquals(2000 / 80.25, t.articlesPerSecond(), 1e-9);
    }
}
