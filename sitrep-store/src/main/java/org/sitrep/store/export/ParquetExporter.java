package org.sitrep.store.export;

import org.sitrep.fuse.FusedEvent;
import org.sitrep.model.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parquet through DuckDB's own COPY: rows of {@link AcledRows} go into a typed table of an in-memory DuckDB,
 * and {@link #close()} copies it to the file (the Parquet writer is built into the JDBC jar: no download).
 */
public final class ParquetExporter implements EventExporter {
    private static final int BATCH = 1000;

    private final Path file;
    private final Connection db;
    private final PreparedStatement insert;
    private final AcledRows rows = new AcledRows();
    private int written, pending;

    public ParquetExporter(Path file) throws IOException {
        this.file = file.toAbsolutePath();
        if (this.file.toString().indexOf('\0') >= 0) throw new IOException("bad output path: " + file);
        try {
            db = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE export (" + AcledRows.COLUMNS.stream().map(c -> '"' + c.name() + "\" " + c.sqlType())
                        .collect(Collectors.joining(", ")) + ")");
            }
            insert = db.prepareStatement("INSERT INTO export VALUES (" + String.join(", ", Collections.nCopies(AcledRows.COLUMNS.size(), "?")) + ")");
        } catch (SQLException x) {
            throw new IOException("cannot start DuckDB for the Parquet export: " + x.getMessage(), x);
        }
    }

    @Override public void write(Event e) throws IOException { add(rows.row(e)); }

    @Override public void write(FusedEvent f) throws IOException { add(rows.row(f)); }

    private void add(List<Object> values) throws IOException {
        try {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                int p = i + 1;
                if (v == null) insert.setNull(p, sqlType(AcledRows.COLUMNS.get(i).sqlType()));
                else if (v instanceof LocalDate d) insert.setDate(p, java.sql.Date.valueOf(d));
                else if (v instanceof Integer n) insert.setInt(p, n);
                else if (v instanceof Long n) insert.setLong(p, n);
                else if (v instanceof Double d) insert.setDouble(p, d);
                else if (v instanceof Boolean b) insert.setBoolean(p, b);
                else insert.setString(p, v.toString());
            }
            insert.addBatch();
            written++;
            if (++pending >= BATCH) { insert.executeBatch(); pending = 0; }
        } catch (SQLException x) {
            throw new IOException("cannot add a row to the Parquet export: " + x.getMessage(), x);
        }
    }

    private static int sqlType(String t) {
        return switch (t) {
            case "DATE" -> Types.DATE;
            case "INTEGER" -> Types.INTEGER;
            case "BIGINT" -> Types.BIGINT;
            case "DOUBLE" -> Types.DOUBLE;
            case "BOOLEAN" -> Types.BOOLEAN;
            default -> Types.VARCHAR;
        };
    }

    @Override public int written() { return written; }

    @Override public int omitted() { return 0; }

    @Override
    public void close() throws IOException {
        try {
            if (pending > 0) insert.executeBatch();
            insert.close();
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (Statement s = db.createStatement()) {
                // COPY takes no parameter for its target: the path is a quoted literal, quotes doubled
                s.execute("COPY export TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
            }
        } catch (SQLException x) {
            throw new IOException("cannot write " + file + ": " + x.getMessage(), x);
        } finally {
            try { db.close(); } catch (SQLException ignored) { /* the write outcome is what matters */ }
        }
    }
}
