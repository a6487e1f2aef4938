package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The store contract on DuckDB files. */
class DuckDbEventStoreTest extends EventStoreContract {
    @TempDir
    Path dir;
    private final AtomicInteger n = new AtomicInteger();

    @Override
    String freshTarget() { return dir.resolve("store-" + n.incrementAndGet() + ".duckdb").toString(); }

    @Test
    void aPlainPathMakesAFileThatReopensWithItsData() {
        Path file = dir.resolve("sub/folder/sitrep.duckdb");
        try (EventStore s = EventStore.open(file.toString())) {
            assertEquals("duckdb", s.kind());
            s.ingest(doc("d1", "Wire Agency"), java.util.List.of(Report.of("e1").doc("d1").build()));
        }
        assertTrue(Files.exists(file));
        try (EventStore s = EventStore.open("jdbc:duckdb:" + file)) {
            assertEquals(new StoreCounts(1, 1, 1), s.counts());
        }
    }
}
