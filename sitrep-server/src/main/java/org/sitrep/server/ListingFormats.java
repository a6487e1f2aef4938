package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.Page;

import java.util.List;

/** A page of listed events as JSON, GeoJSON or CSV; the next page's cursor travels in the body (JSON) or a header. */
public final class ListingFormats {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> CSV_COLUMNS = List.of("fused_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
            "location", "admin1", "country", "latitude", "longitude", "geo_precision", "fatalities", "certainty", "outlets",
            "reports", "independently_confirmed", "sources");

    private ListingFormats() {}

    public static ObjectNode properties(ListedEvent e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("fused_id", e.fusedId());
        o.put("event_date", e.eventDate().toString());
        o.put("event_type", e.eventType());
        o.put("sub_event_type", e.subEventType());
        o.put("actor1", e.actor1());
        o.put("actor2", e.actor2());
        o.put("location", e.location());
        o.put("admin1", e.admin1());
        o.put("country", e.country());
        o.put("latitude", e.latitude());
        o.put("longitude", e.longitude());
        o.put("geo_precision", e.geoPrecision());
        o.put("fatalities", e.fatalities());
        o.put("certainty", e.certainty());
        o.put("outlets", e.outlets());
        o.put("reports", e.reports());
        o.put("independently_confirmed", e.independentlyConfirmed());
        o.put("sources", e.sources());
        return o;
    }

    public static ObjectNode json(Page<ListedEvent> page) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode items = o.putArray("items");
        page.items().forEach(e -> items.add(properties(e)));
        o.put("count", page.items().size());
        o.put("next_cursor", page.nextCursor());
        return o;
    }

    /** Events with coordinates as Point features; how many had none is told in "without_coordinates". */
    public static ObjectNode geoJson(Page<ListedEvent> page) {
        ObjectNode fc = MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        int without = 0;
        for (ListedEvent e : page.items()) {
            if (e.latitude() == null || e.longitude() == null) { without++; continue; }
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.fusedId());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(e.longitude()).add(e.latitude());
            f.set("properties", properties(e));
        }
        fc.put("count", page.items().size());
        fc.put("without_coordinates", without);
        fc.put("next_cursor", page.nextCursor());
        return fc;
    }

    /**
     * The page written straight to bytes, without building a tree: a page of 10,000 events makes no garbage
     * beyond its buffer. {@code geo} chooses GeoJSON (events without coordinates counted, not listed) over JSON.
     */
    public static byte[] bytes(Page<ListedEvent> page, boolean geo) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256 + page.items().size() * 420);
        try (com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            if (geo) g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart(geo ? "features" : "items");
            int without = 0;
            for (ListedEvent e : page.items()) {
                if (geo) {
                    if (e.latitude() == null || e.longitude() == null) { without++; continue; }
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    g.writeStringField("id", e.fusedId());
                    g.writeObjectFieldStart("geometry");
                    g.writeStringField("type", "Point");
                    g.writeArrayFieldStart("coordinates");
                    g.writeNumber(e.longitude());
                    g.writeNumber(e.latitude());
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeFieldName("properties");
                }
                fields(g, e);
                if (geo) g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("count", page.items().size());
            if (geo) g.writeNumberField("without_coordinates", without);
            g.writeStringField("next_cursor", page.nextCursor());
            g.writeEndObject();
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
        return out.toByteArray();
    }

    private static void fields(com.fasterxml.jackson.core.JsonGenerator g, ListedEvent e) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("fused_id", e.fusedId());
        g.writeStringField("event_date", e.eventDate().toString());
        g.writeStringField("event_type", e.eventType());
        g.writeStringField("sub_event_type", e.subEventType());
        g.writeStringField("actor1", e.actor1());
        g.writeStringField("actor2", e.actor2());
        g.writeStringField("location", e.location());
        g.writeStringField("admin1", e.admin1());
        g.writeStringField("country", e.country());
        g.writeFieldName("latitude");
        if (e.latitude() == null) g.writeNull(); else g.writeNumber(e.latitude());
        g.writeFieldName("longitude");
        if (e.longitude() == null) g.writeNull(); else g.writeNumber(e.longitude());
        g.writeNumberField("geo_precision", e.geoPrecision());
        g.writeFieldName("fatalities");
        if (e.fatalities() == null) g.writeNull(); else g.writeNumber(e.fatalities());
        g.writeStringField("certainty", e.certainty());
        g.writeNumberField("outlets", e.outlets());
        g.writeNumberField("reports", e.reports());
        g.writeBooleanField("independently_confirmed", e.independentlyConfirmed());
        g.writeStringField("sources", e.sources());
        g.writeEndObject();
    }

    public static String csv(Page<ListedEvent> page) {
        StringBuilder sb = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (ListedEvent e : page.items()) {
            Object[] cells = {e.fusedId(), e.eventDate(), e.eventType(), e.subEventType(), e.actor1(), e.actor2(), e.location(),
                    e.admin1(), e.country(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(), e.certainty(),
                    e.outlets(), e.reports(), e.independentlyConfirmed(), e.sources()};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(cell(cells[i]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /**
     * RFC 4180 quoting; a text cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
     * apostrophe, since names in the store come from untrusted articles.
     */
    static String cell(Object v) {
        if (v == null) return "";
        String s = v.toString();
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r"))
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
