package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the newest schema: scripts V1.sql, V2.sql... under org/sitrep/store/schema, each applied
 * once in its own transaction and recorded in schema_version.
 */
final class SchemaMigrations {
    static final int LATEST = 1;

    private SchemaMigrations() {}

    /**
     * DuckDB 1.5.6 loses secondary (CREATE INDEX) entries for rows it replays from its WAL after a crash: a
     * lookup through such an index then misses committed rows (measured: 0 of 24 found after kill -9; a scan
     * finds all), which would make re-fusion duplicate events. DuckDB filters by zone maps without them, so on
     * DuckDB the scripts' CREATE INDEX statements are skipped; primary keys are unaffected and kept.
     */
    static int migrate(Connection c, boolean secondaryIndexes) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        }
        c.commit();
        int current = current(c);
        if (current > LATEST)
            throw new StoreException("the database has schema version " + current + ", newer than this sitrep (" + LATEST + "): upgrade sitrep");
        for (int v = current + 1; v <= LATEST; v++) {
            try (Statement s = c.createStatement()) {
                for (String sql : statements("V" + v + ".sql"))
                    if (secondaryIndexes || !sql.regionMatches(true, 0, "CREATE INDEX", 0, 12)) s.execute(sql);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setTimestamp(2, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException x) {
                c.rollback();
                throw new StoreException("schema migration V" + v + " failed: " + x.getMessage(), x);
            }
        }
        return LATEST;
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            int v = r.getInt(1);
            return r.wasNull() ? 0 : v;
        }
    }

    private static List<String> statements(String script) {
        String resource = "/org/sitrep/store/schema/" + script;
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(resource)) {
            if (in == null) throw new StoreException("schema script missing from the classpath: " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (String line : text.split("\n")) {
                if (line.trim().startsWith("--")) continue;
                cur.append(line).append('\n');
                if (line.trim().endsWith(";")) {
                    String sql = cur.toString().trim();
                    out.add(sql.substring(0, sql.length() - 1));
                    cur.setLength(0);
                }
            }
            if (!cur.toString().isBlank()) out.add(cur.toString().trim());
            return out;
        } catch (IOException x) {
            throw new StoreException("cannot read " + resource, x);
        }
    }
}
