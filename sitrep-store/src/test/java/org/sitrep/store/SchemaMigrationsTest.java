package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.*;

class SchemaMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void appliedOnceAndRecorded() throws Exception {
        String file = dir.resolve("m.duckdb").toString();
        EventStore.open(file).close();
        EventStore.open(file).close();   // reopening applies nothing twice
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
            r.next();
            assertEquals(SchemaMigrations.LATEST, r.getInt(1));
            assertEquals(SchemaMigrations.LATEST, r.getInt(2));
        }
    }

    @Test
    void aNewerSchemaIsRefusedClearly() throws Exception {
        String file = dir.resolve("n.duckdb").toString();
        EventStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (" + (SchemaMigrations.LATEST + 1) + ", now())");
        }
        StoreException x = assertThrows(StoreException.class, () -> EventStore.open(file));
        assertTrue(x.getMessage().contains("newer than this sitrep"), x.getMessage());
    }
}
