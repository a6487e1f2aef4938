package org.sitrep.store.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ParquetExporterTest {
    @TempDir
    Path dir;

    @Test
    void readsBackInDuckDbWithTheSameRowsAndColumns() throws Exception {
        Path out = dir.resolve("it's here/events.parquet");   // a quote and a space in the path
        int n = 0;
        try (EventExporter x = EventExporter.open(ExportFormat.PARQUET, out)) {
            for (int i = 0; i < 1200; i++) for (Event e : ExportSamples.events()) { x.write(e); n++; }   // crosses the batch size
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT event_id_cnty), SUM(fatalities) FROM read_parquet(?)")) {
                p.setString(1, out.toString());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    assertEquals(n, r.getLong(1));
                    assertEquals(4, r.getLong(2));
                    assertEquals(1200L * 7, r.getLong(3));
                }
            }
            List<String> cols = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))")) {
                p.setString(1, out.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        cols.add(r.getString(1));
                        if (r.getString(1).equals("event_date")) assertEquals("DATE", r.getString(2));
                        if (r.getString(1).equals("latitude")) assertEquals("DOUBLE", r.getString(2));
                    }
                }
            }
            assertEquals(AcledRows.header(), cols);
        }
    }
}
