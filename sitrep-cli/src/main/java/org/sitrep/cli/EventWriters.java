package org.sitrep.cli;

import org.sitrep.model.Event;
import org.sitrep.store.export.AcledCsvExporter;
import org.sitrep.store.export.EventExporter;
import org.sitrep.store.export.ExportFormat;
import org.sitrep.store.export.GeoJsonExporter;
import org.sitrep.store.export.JsonlExporter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Exporters for the CLI: to a file in any format, or to standard output in the text formats. */
final class EventWriters {
    private EventWriters() {}

    static EventExporter open(ExportFormat format, Path file, OutputStream stdout) throws IOException {
        if (file != null) return EventExporter.open(format, file);
        return switch (format) {
            case JSONL -> new JsonlExporter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            case ACLED_CSV -> new AcledCsvExporter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            case GEOJSON -> new GeoJsonExporter(stdout);
            case PARQUET -> throw new IllegalArgumentException("parquet needs an output file: -o FILE.parquet");
        };
    }

    static void write(EventExporter out, Iterable<Event> events) throws IOException {
        for (Event e : events) out.write(e);
    }
}
