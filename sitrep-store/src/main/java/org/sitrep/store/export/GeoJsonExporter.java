package org.sitrep.store.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A GeoJSON FeatureCollection (RFC 7946), written as it goes: one Point feature per event, [longitude,
 * latitude], every column of {@link AcledRows} as properties. An event without coordinates cannot be a Point:
 * it is left out and counted in the collection's foreign member "omitted_without_coordinates" (use JSONL or CSV
 * to keep every event).
 */
public final class GeoJsonExporter implements EventExporter {
    private final JsonGenerator g;
    private final AcledRows rows = new AcledRows();
    private int written, omitted;

    public GeoJsonExporter(Path file) throws IOException {
        this(Files.newOutputStream(file));
    }

    public GeoJsonExporter(OutputStream out) throws IOException {
        g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    @Override public void write(Event e) throws IOException { feature(e.place().latitude(), e.place().longitude(), rows.row(e)); }

    @Override public void write(FusedEvent f) throws IOException { feature(f.place().latitude(), f.place().longitude(), rows.row(f)); }

    private void feature(Double lat, Double lon, List<Object> values) throws IOException {
        if (lat == null || lon == null) { omitted++; return; }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(lon);
        g.writeNumber(lat);
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        List<String> names = AcledRows.header();
        for (int i = 0; i < names.size(); i++) {
            Object v = values.get(i);
            g.writeFieldName(names.get(i));
            if (v == null) g.writeNull();
            else if (v instanceof Integer n) g.writeNumber(n);
            else if (v instanceof Long n) g.writeNumber(n);
            else if (v instanceof Double d) g.writeNumber(d);
            else if (v instanceof Boolean b) g.writeBoolean(b);
            else if (v instanceof LocalDate d) g.writeString(d.toString());
            else g.writeString(v.toString());
        }
        g.writeEndObject();
        g.writeEndObject();
        written++;
    }

    @Override public int written() { return written; }

    @Override public int omitted() { return omitted; }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeNumberField("omitted_without_coordinates", omitted);
        g.writeEndObject();
        g.close();
    }
}
