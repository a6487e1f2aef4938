package org.sitrep.store.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.Report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StoreExportTest {
    @TempDir
    Path dir;

    @Test
    void fusedByDefaultOrOneRowPerReport() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb").toString())) {
            // two outlets report one clash, a third reports a strike elsewhere
            ingest(store, "a", Report.of("a1").doc("a").source("Outlet A").build());
            ingest(store, "b", Report.of("b1").doc("b").source("Outlet B").on("2019-01-08").build());
            ingest(store, "c", Report.of("c1").doc("c").source("Outlet C").at("Deir Hawa", 35.5, 36.6).build());
            Path fused = dir.resolve("fused.csv"), reports = dir.resolve("reports.csv"), pq = dir.resolve("fused.parquet");
            try (EventExporter x = EventExporter.open(ExportFormat.ACLED_CSV, fused)) {
                assertEquals(2, StoreExport.export(store, EventQuery.all().withLimit(1), false, x));
            }
            try (EventExporter x = EventExporter.open(ExportFormat.ACLED_CSV, reports)) {
                assertEquals(3, StoreExport.export(store, EventQuery.all(), true, x));
            }
            try (EventExporter x = EventExporter.open(ExportFormat.PARQUET, pq)) {
                StoreExport.export(store, EventQuery.all().withDates(LocalDate.of(2019, 1, 7), LocalDate.of(2019, 1, 7)), false, x);
            }
            List<List<String>> rows = AcledCsvExporterTest.parse(Files.readString(fused));
            assertEquals(3, rows.size());
            int source = rows.get(0).indexOf("source"), count = rows.get(0).indexOf("report_count");
            assertTrue(rows.stream().anyMatch(r -> r.get(source).equals("Outlet A; Outlet B") && r.get(count).equals("2")), rows.toString());
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                 PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM read_parquet(?)")) {
                p.setString(1, pq.toString());
                try (ResultSet r = p.executeQuery()) { r.next(); assertEquals(2, r.getLong(1)); }
            }
        }
    }

    private static void ingest(EventStore s, String id, Event e) {
        s.ingest(new Document(id, null, e.source(), null, false, "", "Invented text of " + id + ".", id), List.of(e));
    }
}
