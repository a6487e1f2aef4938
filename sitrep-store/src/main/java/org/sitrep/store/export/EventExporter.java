package org.sitrep.store.export;

import org.sitrep.fuse.FusedEvent;
import org.sitrep.model.Event;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes events to a file in one format, one event at a time: reports (a stream from the extractor, or the
 * store's reports) or fused events. {@link #close()} finishes the file.
 */
public interface EventExporter extends AutoCloseable {
    void write(Event e) throws IOException;

    void write(FusedEvent f) throws IOException;

    /** Events written so far. */
    int written();

    /** Events the format could not hold (GeoJSON: events without coordinates). */
    int omitted();

    @Override
    void close() throws IOException;

    static EventExporter open(ExportFormat format, Path out) throws IOException {
        return switch (format) {
            case ACLED_CSV -> new AcledCsvExporter(out);
            case GEOJSON -> new GeoJsonExporter(out);
            case JSONL -> new JsonlExporter(out);
            case PARQUET -> new ParquetExporter(out);
        };
    }
}
