package org.sitrep.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The store contract on a real PostgreSQL server: the URL from SITREP_PG_URL, else from .ci/start-postgres.sh,
 * which installs and starts a throwaway local cluster. A server that cannot start fails the tests with the
 * script's reason; nothing is skipped. Each store gets its own schema.
 */
class PostgresEventStoreTest extends EventStoreContract {
    private static String baseUrl;
    private static final AtomicInteger n = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @BeforeAll
    static void server() throws Exception {
        String env = System.getenv("SITREP_PG_URL");
        baseUrl = env != null && !env.isBlank() ? env : startWithScript();
        try (Connection c = DriverManager.getConnection(baseUrl)) {
            assertTrue(c.isValid(5), "PostgreSQL at " + baseUrl + " does not answer");
        }
    }

    private static String startWithScript() throws IOException, InterruptedException {
        String ciDir = System.getenv("SITREP_CI_DIR");
        Path script = (ciDir != null ? Path.of(ciDir) : Path.of("..", ".ci")).resolve("start-postgres.sh");
        if (!Files.exists(script)) fail("PostgreSQL: SITREP_PG_URL is not set and " + script.toAbsolutePath() + " does not exist");
        Path log = Files.createTempFile("start-postgres", ".log");
        Process p = new ProcessBuilder("bash", script.toString()).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(300, TimeUnit.SECONDS)) { p.destroyForcibly(); fail("PostgreSQL: " + script + " did not finish in 300 s"); }
        String err = Files.readString(log);
        if (p.exitValue() != 0 || out.isEmpty())
            fail("PostgreSQL could not start (" + script + " exit " + p.exitValue() + "):\n" + err + out);
        String[] lines = out.split("\n");
        return lines[lines.length - 1].trim();
    }

    /** The schemas this run made: dropped at the end so a reused cluster does not fill up. */
    private static final java.util.List<String> schemas = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterAll
    static void dropSchemas() throws Exception {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            for (String schema : schemas) s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Override
    String freshTarget() throws Exception {
        String schema = "t_" + RUN + "_" + n.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);   // a generated identifier, never input
        }
        schemas.add(schema);
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    void itIsReallyPostgres() {
        assertEquals("postgresql", store.kind());
        store.ingest(doc("d1", "Wire Agency"), List.of(Report.of("e1").doc("d1").build()));
        assertEquals(new StoreCounts(1, 1, 1), store.counts());
    }
}
