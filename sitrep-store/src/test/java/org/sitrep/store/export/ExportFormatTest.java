package org.sitrep.store.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ExportFormatTest {
    @Test
    void commandLineNames() {
        assertEquals(ExportFormat.ACLED_CSV, ExportFormat.fromName("acled-csv"));
        assertEquals(ExportFormat.PARQUET, ExportFormat.fromName(" Parquet "));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromName("xlsx"));
        assertTrue(x.getMessage().contains("acled-csv, geojson, jsonl, parquet"), x.getMessage());
    }
}
